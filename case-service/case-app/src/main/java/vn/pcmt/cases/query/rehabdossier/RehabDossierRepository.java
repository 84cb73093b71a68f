package vn.pcmt.cases.query.rehabdossier;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;
import vn.pcmt.cases.domain.DossierStage;

public interface RehabDossierRepository extends MongoRepository<RehabDossierDocument, String> {

    List<RehabDossierDocument> findByCommuneCodeOrderByPreparedOnDesc(String communeCode);

    boolean existsBySubjectIdAndStageIn(String subjectId, Collection<DossierStage> stages);
}
