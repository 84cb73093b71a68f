package vn.pcmt.registry.query.subjectlist;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SubjectListRepository extends MongoRepository<SubjectListDocument, String> {
}
