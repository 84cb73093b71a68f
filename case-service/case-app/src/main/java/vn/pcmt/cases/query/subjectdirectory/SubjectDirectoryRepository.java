package vn.pcmt.cases.query.subjectdirectory;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SubjectDirectoryRepository extends MongoRepository<SubjectDirectoryDocument, String> {
}
