package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A person wanted (truy nã) for a drug crime under {@code article} of the Criminal Code, believed to hide in a
 * commune (and village, when known). {@code subjectId}: the registry subject, when the person is on the registry.
 */
public record RegisterWantedPerson(
        @TargetAggregateIdentifier String wantedId,
        String fullName,
        String subjectId,
        String warrantNo,
        String article,
        LocalDate wantedSince,
        String hidingCommuneCode,
        String hidingVillageCode) {
}
