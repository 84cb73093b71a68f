package vn.pcmt.cases.query.rehabdossier;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface RehabDossierRepository extends MongoRepository<RehabDossierDocument, String> {

    List<RehabDossierDocument> findByCommuneCodeOrderByPreparedOnDesc(String communeCode);
}
