package vn.pcmt.registry.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The end of retention: the person's name and identity number are erased for good; the rest of the history stays.
 * {@code survivorId}: for a duplicate merged into another file, that file, whose erasure takes the duplicate with it
 * (null otherwise).
 */
public record EraseSubject(
        @TargetAggregateIdentifier String subjectId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate erasedOn,
        String reason,
        String survivorId) {

    public EraseSubject(String subjectId, Long expectedVersion, LocalDate erasedOn, String reason) {
        this(subjectId, expectedVersion, erasedOn, reason, null);
    }
}
