package vn.pcmt.registry.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.registry.domain.TreatmentOutcome;

public record EndTreatment(
        @TargetAggregateIdentifier String subjectId,
        @TargetAggregateVersion Long expectedVersion,
        String treatmentId,
        LocalDate endsOn,
        TreatmentOutcome outcome) {
}
