package vn.pcmt.assessment.query.registration;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.assessment.domain.RegistrationKind;

@Document("drug_free_registration")
public record RegistrationDocument(@Id String id, String areaCode, int year, RegistrationKind kind, LocalDate registeredOn,
                                   long baselineUsers) {
}
