package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.cases.domain.ArrestKind;

/** The case's person {@code personId} was arrested on {@code arrestedOn}. */
public record RecordArrest(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String arrestId,
        String personId,
        ArrestKind kind,
        LocalDate arrestedOn) {
}
