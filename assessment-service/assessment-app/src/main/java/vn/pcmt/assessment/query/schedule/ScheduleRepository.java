package vn.pcmt.assessment.query.schedule;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ScheduleRepository extends MongoRepository<ScheduleDocument, String> {
}
