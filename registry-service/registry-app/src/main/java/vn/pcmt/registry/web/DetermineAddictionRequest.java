package vn.pcmt.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** {@code POST /api/subjects/{id}/addiction-determinations}; {@code notifiedOn} starts the 5-working-day deadline. */
public record DetermineAddictionRequest(
        @NotNull @PastOrPresent LocalDate determinedOn,
        @NotBlank @Size(max = 300) String facility,
        @NotNull Boolean addicted,
        @PastOrPresent LocalDate notifiedOn) {
}
