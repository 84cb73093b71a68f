package vn.pcmt.registry.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records on the surviving subject that {@code duplicateId} was the same person. */
public record AbsorbDuplicate(
        @TargetAggregateIdentifier String subjectId,
        @TargetAggregateVersion Long expectedVersion,
        String duplicateId,
        String reason,
        LocalDate mergedOn) {
}
