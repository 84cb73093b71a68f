package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A child of a merged or split area goes under {@code parentCode} from {@code effectiveOn}; its code stays. */
public record MoveArea(
        @TargetAggregateIdentifier String code,
        String parentCode,
        LocalDate effectiveOn,
        String decisionNo) {
}
