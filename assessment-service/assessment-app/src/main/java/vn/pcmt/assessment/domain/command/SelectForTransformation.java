package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The province selects a commune to transform (chuyển hóa), by decision {@code decisionNo}; {@code typeOnSelection}:
 * its QĐ 28 Art. 4 type on the facts of {@code selectedOn}, the baseline.
 */
public record SelectForTransformation(
        @TargetAggregateIdentifier String transformationId,
        String communeCode,
        LocalDate selectedOn,
        String decisionNo,
        String typeOnSelection) {
}
