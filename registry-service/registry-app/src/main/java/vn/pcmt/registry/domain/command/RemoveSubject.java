package vn.pcmt.registry.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.registry.domain.RemovalReason;

public record RemoveSubject(
        @TargetAggregateIdentifier String subjectId,
        @TargetAggregateVersion Long expectedVersion,
        RemovalReason reason,
        LocalDate removedOn,
        String note) {
}
