package vn.pcmt.cases.query.hotspot;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface HotspotRepository extends MongoRepository<HotspotDocument, String> {

    List<HotspotDocument> findByCommuneCodeOrderByIdentifiedOnDesc(String communeCode);
}
