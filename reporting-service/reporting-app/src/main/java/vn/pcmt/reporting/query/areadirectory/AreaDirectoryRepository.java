package vn.pcmt.reporting.query.areadirectory;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AreaDirectoryRepository extends MongoRepository<AreaDirectoryDocument, String> {

    List<AreaDirectoryDocument> findByParentCodeOrderByCode(String parentCode);
}
