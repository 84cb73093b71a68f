package vn.pcmt.registry.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.registry.domain.Residence;

/** {@code reportedOn}: the day the move was reported to the police (from 1/7/2026 it must be within 24 hours). */
public record MoveSubject(
        @TargetAggregateIdentifier String subjectId,
        @TargetAggregateVersion Long expectedVersion,
        Residence to,
        LocalDate movedOn,
        LocalDate reportedOn) {
}
