package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A transformed commune relapsed (phức tạp trở lại) on {@code relapsedOn}; {@code typeOnDay}: its Art. 4 type then. */
public record RecordRelapse(
        @TargetAggregateIdentifier String transformationId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate relapsedOn,
        String typeOnDay,
        String reason) {
}
