package vn.pcmt.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.registry.domain.RemovalReason;

/** {@code POST /api/subjects/{id}/removal}: the person leaves the list; the history stays. */
public record RemoveSubjectRequest(
        @NotNull RemovalReason reason,
        @NotNull @PastOrPresent LocalDate removedOn,
        @Size(max = 1000) String note) {
}
