package vn.pcmt.assessment.query.progress;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface TargetRepository extends MongoRepository<TargetDocument, String> {
}
