package vn.pcmt.reporting.query.subjectresidence;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SubjectResidenceRepository extends MongoRepository<SubjectResidenceDocument, String> {
}
