package vn.pcmt.assessment.domain.command;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.pcmt.assessment.domain.criteria.CriterionResult;

/** A commune's QĐ 28 Art. 4 type for programme {@code year}, on its facts at the period's end (14/12). */
public record ClassifyCommune(
        @TargetAggregateIdentifier String classificationId,
        String communeCode,
        int year,
        String type,
        List<CriterionResult> criteria) {
}
