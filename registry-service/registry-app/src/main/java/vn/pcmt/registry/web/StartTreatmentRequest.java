package vn.pcmt.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.registry.domain.TreatmentKind;

/** {@code POST /api/subjects/{id}/treatments}. */
public record StartTreatmentRequest(
        @NotNull TreatmentKind kind,
        @NotNull @PastOrPresent LocalDate startsOn,
        @Size(max = 300) String facility) {
}
