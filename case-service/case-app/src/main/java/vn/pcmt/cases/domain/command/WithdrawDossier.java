package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The police withdrew the proposal on {@code withdrawnOn} for {@code reason}, before the court decided. */
public record WithdrawDossier(
        @TargetAggregateIdentifier String dossierId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate withdrawnOn,
        String reason) {
}
