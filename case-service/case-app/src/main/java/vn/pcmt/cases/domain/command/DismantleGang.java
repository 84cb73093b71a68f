package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The gang was dismantled (triệt phá) on {@code on}. */
public record DismantleGang(
        @TargetAggregateIdentifier String gangId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate on) {
}
