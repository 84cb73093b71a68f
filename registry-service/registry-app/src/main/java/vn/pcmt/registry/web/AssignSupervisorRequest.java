package vn.pcmt.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** {@code POST /api/subjects/{id}/supervisors}: who is responsible for helping the subject. */
public record AssignSupervisorRequest(
        @NotBlank @Size(max = 200) String supervisor,
        @Size(max = 300) String organisation,
        @NotNull @PastOrPresent LocalDate assignedOn) {
}
