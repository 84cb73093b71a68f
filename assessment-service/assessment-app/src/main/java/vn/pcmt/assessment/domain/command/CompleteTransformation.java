package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The commune is recognised as transformed on {@code transformedOn}; {@code typeOnDay}: its Art. 4 type on that day's facts. */
public record CompleteTransformation(
        @TargetAggregateIdentifier String transformationId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate transformedOn,
        String decisionNo,
        String typeOnDay) {
}
