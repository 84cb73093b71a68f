package vn.pcmt.assessment.query.transformation;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.assessment.domain.TransformationStage;

/** {@code relapseType}: the Art. 4 type the commune had again; {@code version}: the aggregate's, for If-Match. */
@Document("transformation")
public record TransformationDocument(
        @Id String id,
        @Indexed String communeCode,
        TransformationStage stage,
        LocalDate selectedOn,
        String selectionDecisionNo,
        String baselineType,
        LocalDate transformedOn,
        String transformationDecisionNo,
        LocalDate relapsedOn,
        String relapseType,
        String relapseReason,
        long version) {

    TransformationDocument transformed(LocalDate on, String decisionNo, long newVersion) {
        return new TransformationDocument(id, communeCode, TransformationStage.TRANSFORMED, selectedOn, selectionDecisionNo, baselineType,
                on, decisionNo, null, null, null, newVersion);
    }

    TransformationDocument relapsed(LocalDate on, String type, String reason, long newVersion) {
        return new TransformationDocument(id, communeCode, TransformationStage.RELAPSED, selectedOn, selectionDecisionNo, baselineType,
                transformedOn, transformationDecisionNo, on, type, reason, newVersion);
    }
}
