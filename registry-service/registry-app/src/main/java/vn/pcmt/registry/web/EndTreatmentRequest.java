package vn.pcmt.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import vn.pcmt.registry.domain.TreatmentOutcome;

/** {@code POST /api/subjects/{id}/treatments/{treatmentId}/end}. */
public record EndTreatmentRequest(
        @NotNull @PastOrPresent LocalDate endsOn,
        @NotNull TreatmentOutcome outcome) {
}
