package vn.pcmt.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** {@code POST /api/subjects/{id}/flags/{flag}/clearance}. */
public record ClearFlagRequest(
        @NotNull @PastOrPresent LocalDate clearedOn,
        @Size(max = 1000) String note) {
}
