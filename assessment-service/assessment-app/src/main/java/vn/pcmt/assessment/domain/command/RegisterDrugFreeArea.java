package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.pcmt.assessment.domain.RegistrationKind;

/**
 * An area registers on {@code registeredOn} to build or maintain a drug-free status for programme {@code year};
 * {@code baselineUsers}: its addicts and illegal users in the community that day, fixed for criterion 4.
 */
public record RegisterDrugFreeArea(
        @TargetAggregateIdentifier String registrationId,
        String areaCode,
        int year,
        RegistrationKind kind,
        LocalDate registeredOn,
        long baselineUsers) {
}
