package vn.pcmt.assessment.query.registration;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface RegistrationRepository extends MongoRepository<RegistrationDocument, String> {
}
