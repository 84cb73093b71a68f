package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.cases.domain.TipOutcome;

/** A confirmed tip became the case, hotspot or subject {@code referenceId}. */
public record ResolveTip(
        @TargetAggregateIdentifier String tipId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate on,
        TipOutcome outcome,
        String referenceId) {
}
