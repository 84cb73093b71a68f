package vn.pcmt.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.registry.domain.SupportKind;

/** {@code POST /api/subjects/{id}/supports}. */
public record RecordSupportRequest(
        @NotNull SupportKind kind,
        @NotNull @PastOrPresent LocalDate providedOn,
        @Size(max = 300) String provider,
        @Size(max = 1000) String note) {
}
