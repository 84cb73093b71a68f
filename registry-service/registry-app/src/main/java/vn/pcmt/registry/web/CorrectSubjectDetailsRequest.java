package vn.pcmt.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.pcmt.registry.domain.Sex;

/**
 * {@code POST /api/subjects/{id}/corrections}: the details as they should be, and why they were wrong. Leaving out
 * {@code nationalId} removes the number, which needs {@code nationalIdMissingReason} as at registration.
 */
public record CorrectSubjectDetailsRequest(
        @NotBlank @Size(max = 200) String fullName,
        @NotNull @Past LocalDate dateOfBirth,
        @NotNull Sex sex,
        @Pattern(regexp = "^\\d{12}$", message = "Số CCCD gồm đúng 12 chữ số.") String nationalId,
        @Size(max = 500) String nationalIdMissingReason,
        @NotBlank @Size(max = 1000) String reason) {
}
