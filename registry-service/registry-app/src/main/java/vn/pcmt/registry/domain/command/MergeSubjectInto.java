package vn.pcmt.registry.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Marks {@code subjectId} as a duplicate of {@code survivorId}. */
public record MergeSubjectInto(
        @TargetAggregateIdentifier String subjectId,
        @TargetAggregateVersion Long expectedVersion,
        String survivorId,
        String reason,
        LocalDate mergedOn) {
}
