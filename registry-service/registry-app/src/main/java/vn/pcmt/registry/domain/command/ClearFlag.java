package vn.pcmt.registry.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.registry.domain.Flag;

public record ClearFlag(
        @TargetAggregateIdentifier String subjectId,
        @TargetAggregateVersion Long expectedVersion,
        Flag flag,
        LocalDate clearedOn,
        String note) {
}
