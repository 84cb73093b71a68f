package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A predecessor of a merger closed: from {@code effectiveOn} it is part of {@code successorCode}. */
public record CloseMergedArea(
        @TargetAggregateIdentifier String code,
        String successorCode,
        LocalDate effectiveOn,
        String decisionNo) {
}
