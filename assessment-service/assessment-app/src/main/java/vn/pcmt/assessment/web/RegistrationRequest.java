package vn.pcmt.assessment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import vn.pcmt.assessment.domain.RegistrationKind;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/drug-free-registrations}. */
public record RegistrationRequest(
        @NotBlank @AreaCode String areaCode,
        @NotNull @Min(2020) @Max(2100) Integer year,
        @NotNull RegistrationKind kind,
        @NotNull @PastOrPresent LocalDate registeredOn) {
}
