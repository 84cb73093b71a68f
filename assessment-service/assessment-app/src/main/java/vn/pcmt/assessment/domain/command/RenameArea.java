package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An area takes a new name from {@code effectiveOn}, by decision {@code decisionNo}; its code stays. */
public record RenameArea(
        @TargetAggregateIdentifier String code,
        @TargetAggregateVersion Long expectedVersion,
        String name,
        LocalDate effectiveOn,
        String decisionNo) {
}
