package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The person was taken to {@code facility} on {@code executedOn}. */
public record ExecuteDecision(
        @TargetAggregateIdentifier String dossierId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate executedOn,
        String facility) {
}
