package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The court's decision, and the day the police received it (the execution deadline runs from then). */
public record RecordCourtDecision(
        @TargetAggregateIdentifier String dossierId,
        @TargetAggregateVersion Long expectedVersion,
        String decisionNo,
        LocalDate decidedOn,
        LocalDate receivedOn,
        boolean accepted,
        Integer months) {
}
