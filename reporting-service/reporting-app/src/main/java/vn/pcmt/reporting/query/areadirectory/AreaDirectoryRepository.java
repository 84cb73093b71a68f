package vn.pcmt.reporting.query.areadirectory;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AreaDirectoryRepository extends MongoRepository<AreaDirectoryDocument, String> {

    /** Every child, closed ones too: their past figures count for the days they were open. */
    List<AreaDirectoryDocument> findByParentCodeOrderByCode(String parentCode);

    /** The children today. */
    List<AreaDirectoryDocument> findByParentCodeAndClosedOnIsNullOrderByCode(String parentCode);
}
