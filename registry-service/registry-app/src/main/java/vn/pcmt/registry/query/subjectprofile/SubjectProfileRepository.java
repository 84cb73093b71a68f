package vn.pcmt.registry.query.subjectprofile;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SubjectProfileRepository extends MongoRepository<SubjectProfileDocument, String> {

    Optional<SubjectProfileDocument> findByNationalId(String nationalId);
}
