package vn.pcmt.assessment.query.appraisal;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AppraisalRepository extends MongoRepository<AppraisalDocument, String> {
}
