package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The end of retention of a closed case: the names and identity numbers of its persons are erased for good. */
public record EraseCasePersons(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate erasedOn,
        String reason) {
}
