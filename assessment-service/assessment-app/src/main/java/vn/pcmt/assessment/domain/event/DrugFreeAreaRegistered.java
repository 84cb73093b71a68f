package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.assessment.domain.RegistrationKind;

@Revision("1")
public record DrugFreeAreaRegistered(String registrationId, String areaCode, int year, RegistrationKind kind, LocalDate registeredOn,
                                     long baselineUsers) {
}
