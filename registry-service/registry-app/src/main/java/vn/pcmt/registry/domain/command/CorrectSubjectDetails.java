package vn.pcmt.registry.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.registry.domain.Sex;

/** Replaces the identity details recorded wrongly; {@code reason} is required and kept in the history. */
public record CorrectSubjectDetails(
        @TargetAggregateIdentifier String subjectId,
        @TargetAggregateVersion Long expectedVersion,
        String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        String nationalId,
        String nationalIdMissingReason,
        String reason,
        LocalDate correctedOn) {
}
