package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The end of retention of a dismantled gang: its named members' names are erased for good. */
public record EraseGangMembers(
        @TargetAggregateIdentifier String gangId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate erasedOn,
        String reason) {
}
