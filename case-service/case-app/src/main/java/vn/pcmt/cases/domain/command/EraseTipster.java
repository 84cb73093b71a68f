package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The end of retention of a settled tip: its tipster's name, phone and address are erased for good. */
public record EraseTipster(
        @TargetAggregateIdentifier String tipId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate erasedOn,
        String reason) {
}
