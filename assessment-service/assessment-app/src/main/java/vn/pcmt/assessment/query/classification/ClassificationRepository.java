package vn.pcmt.assessment.query.classification;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ClassificationRepository extends MongoRepository<ClassificationDocument, String> {
}
