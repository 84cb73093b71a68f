package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.cases.domain.RehabOutcome;

public record EndCompulsoryRehab(
        @TargetAggregateIdentifier String dossierId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate endsOn,
        RehabOutcome outcome) {
}
