package vn.pcmt.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.registry.domain.ManagementKind;

/** {@code POST /api/subjects/{id}/management-periods}. */
public record StartManagementPeriodRequest(
        @NotNull ManagementKind kind,
        @NotBlank @Size(max = 100) String decisionNo,
        @NotNull @PastOrPresent LocalDate startsOn) {
}
