package vn.pcmt.cases.domain.command;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Triage on {@code on}: {@code urgent} or not, and the officers (user ids) who handle the tip from now on. */
public record TriageTip(
        @TargetAggregateIdentifier String tipId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate on,
        boolean urgent,
        List<String> handlers) {
}
