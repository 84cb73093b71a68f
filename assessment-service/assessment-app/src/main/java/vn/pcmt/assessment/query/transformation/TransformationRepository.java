package vn.pcmt.assessment.query.transformation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;
import vn.pcmt.assessment.domain.TransformationStage;

public interface TransformationRepository extends MongoRepository<TransformationDocument, String> {

    List<TransformationDocument> findByCommuneCodeInOrderBySelectedOn(Collection<String> communeCodes);

    boolean existsByCommuneCodeAndStageIn(String communeCode, Collection<TransformationStage> stages);
}
