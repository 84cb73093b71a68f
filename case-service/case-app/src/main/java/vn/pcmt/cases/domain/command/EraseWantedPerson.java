package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The end of retention of a caught wanted person: their name is erased for good. */
public record EraseWantedPerson(
        @TargetAggregateIdentifier String wantedId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate erasedOn,
        String reason) {
}
