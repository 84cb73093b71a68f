package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record SendDossierToCourt(
        @TargetAggregateIdentifier String dossierId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate sentOn) {
}
