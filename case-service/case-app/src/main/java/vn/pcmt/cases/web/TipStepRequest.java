package vn.pcmt.cases.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.cases.domain.TipOutcome;

/**
 * {@code POST /api/tips/{id}/steps}: TRIAGE ({@code urgent}, {@code handlers}: officers' user ids), VERIFY
 * ({@code confirmed}, {@code findings}), RESOLVE ({@code outcome}, {@code referenceId}) or DISMISS ({@code reason}).
 */
public record TipStepRequest(
        @NotNull Step step,
        @NotNull @PastOrPresent LocalDate on,
        boolean urgent,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> handlers,
        Boolean confirmed,
        @Size(max = 8000) String findings,
        TipOutcome outcome,
        UUID referenceId,
        @Size(max = 2000) String reason) {

    public enum Step {
        TRIAGE,
        VERIFY,
        RESOLVE,
        DISMISS
    }
}
