package vn.pcmt.registry.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Retracts what one command recorded, named by the version of one of its events (as the history shows it). */
public record RetractEntry(
        @TargetAggregateIdentifier String subjectId,
        @TargetAggregateVersion Long expectedVersion,
        long version,
        String reason,
        LocalDate retractedOn) {
}
