package vn.pcmt.assessment.query.areafacts;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AreaFactsRepository extends MongoRepository<AreaFactsDocument, String> {
}
