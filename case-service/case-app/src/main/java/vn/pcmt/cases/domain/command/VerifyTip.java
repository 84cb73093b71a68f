package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Verification (xác minh) on {@code on}: whether the tip proved true, and what was found. */
public record VerifyTip(
        @TargetAggregateIdentifier String tipId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate on,
        boolean confirmed,
        String findings) {
}
