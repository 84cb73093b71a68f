package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** New information on where the person hides, from {@code since}. */
public record RecordHidingPlace(
        @TargetAggregateIdentifier String wantedId,
        @TargetAggregateVersion Long expectedVersion,
        String communeCode,
        String villageCode,
        LocalDate since) {
}
