package vn.pcmt.registry.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/subjects/{id}/retractions}: the {@code version} of the entry (from the history) and why it is void. */
public record RetractEntryRequest(
        @NotNull @Min(1) Long version,
        @NotBlank @Size(max = 1000) String reason) {
}
