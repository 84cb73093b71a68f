package vn.pcmt.cases.query.gang;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface GangRepository extends MongoRepository<GangDocument, String> {

    List<GangDocument> findByCommuneCodeOrderByIdentifiedOnDesc(String communeCode);
}
