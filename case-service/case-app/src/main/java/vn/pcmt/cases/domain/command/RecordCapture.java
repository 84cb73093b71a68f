package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Caught (bắt) or surrendered on {@code capturedOn} in {@code communeCode}. */
public record RecordCapture(
        @TargetAggregateIdentifier String wantedId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate capturedOn,
        String communeCode,
        boolean surrendered) {
}
