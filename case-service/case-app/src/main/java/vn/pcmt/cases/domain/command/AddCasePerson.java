package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.cases.domain.CasePerson;

/** A person identified in the case on {@code identifiedOn}. */
public record AddCasePerson(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        CasePerson person,
        LocalDate identifiedOn) {
}
