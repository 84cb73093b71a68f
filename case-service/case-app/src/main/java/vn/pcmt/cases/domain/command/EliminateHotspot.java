package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record EliminateHotspot(
        @TargetAggregateIdentifier String hotspotId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate eliminatedOn,
        String note) {
}
