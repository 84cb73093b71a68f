package vn.pcmt.registry.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records an authorised facility's determination; {@code notifiedOn} starts the voluntary-rehab deadline. */
public record DetermineAddiction(
        @TargetAggregateIdentifier String subjectId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate determinedOn,
        String facility,
        boolean addicted,
        LocalDate notifiedOn) {
}
