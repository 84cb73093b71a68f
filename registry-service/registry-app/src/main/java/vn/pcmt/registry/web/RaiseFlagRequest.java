package vn.pcmt.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.registry.domain.Flag;

/** {@code POST /api/subjects/{id}/flags}. */
public record RaiseFlagRequest(
        @NotNull Flag flag,
        @NotNull @PastOrPresent LocalDate raisedOn,
        @Size(max = 1000) String note) {
}
