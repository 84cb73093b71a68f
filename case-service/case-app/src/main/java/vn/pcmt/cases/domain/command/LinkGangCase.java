package vn.pcmt.cases.domain.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The case {@code caseId} concerns the gang. */
public record LinkGangCase(
        @TargetAggregateIdentifier String gangId,
        @TargetAggregateVersion Long expectedVersion,
        String caseId) {
}
