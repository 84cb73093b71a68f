package vn.pcmt.registry.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.registry.domain.TreatmentKind;

public record StartTreatment(
        @TargetAggregateIdentifier String subjectId,
        @TargetAggregateVersion Long expectedVersion,
        String treatmentId,
        TreatmentKind kind,
        LocalDate startsOn,
        String facility) {
}
