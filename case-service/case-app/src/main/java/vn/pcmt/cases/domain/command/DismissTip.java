package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The tip is closed without a result, for {@code reason}. */
public record DismissTip(
        @TargetAggregateIdentifier String tipId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate on,
        String reason) {
}
