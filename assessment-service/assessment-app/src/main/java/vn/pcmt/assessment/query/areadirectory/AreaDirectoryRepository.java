package vn.pcmt.assessment.query.areadirectory;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AreaDirectoryRepository extends MongoRepository<AreaDirectoryDocument, String> {

    List<AreaDirectoryDocument> findByParentCodeOrderByCode(String parentCode);

    /** The areas under {@code parentCode} today, without those merged or split. */
    List<AreaDirectoryDocument> findByParentCodeAndClosedOnIsNullOrderByCode(String parentCode);

    List<AreaDirectoryDocument> findByParentCodeIsNullOrderByCode();
}
