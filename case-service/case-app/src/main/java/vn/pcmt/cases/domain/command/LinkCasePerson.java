package vn.pcmt.cases.domain.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The case's person {@code personId}, recorded by name, is the registry's {@code subjectId} (registered since). */
public record LinkCasePerson(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String personId,
        String subjectId) {
}
