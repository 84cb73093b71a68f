package vn.pcmt.cases.query.areadirectory;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AreaDirectoryRepository extends MongoRepository<AreaDirectoryDocument, String> {
}
