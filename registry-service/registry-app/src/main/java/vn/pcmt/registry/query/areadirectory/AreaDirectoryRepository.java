package vn.pcmt.registry.query.areadirectory;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AreaDirectoryRepository extends MongoRepository<AreaDirectoryDocument, String> {
}
