package vn.pcmt.cases.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/wanted-persons}; {@code article}: 247–252, 255, 256 or 256a. */
public record RegisterWantedPersonRequest(
        @NotBlank @Size(max = 200) String fullName,
        UUID subjectId,
        @NotBlank @Size(max = 100) String warrantNo,
        @NotBlank @Pattern(regexp = "^\\d{3}a?$", message = "Điều luật gồm 3 chữ số, có thể thêm a.") String article,
        @NotNull @PastOrPresent LocalDate wantedSince,
        @NotBlank @AreaCode String hidingCommuneCode,
        @AreaCode String hidingVillageCode) {
}
