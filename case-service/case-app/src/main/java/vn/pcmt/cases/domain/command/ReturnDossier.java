package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The court returned the dossier on {@code returnedOn} for {@code reason} (documents to add or correct). */
public record ReturnDossier(
        @TargetAggregateIdentifier String dossierId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate returnedOn,
        String reason) {
}
