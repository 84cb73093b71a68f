package vn.pcmt.cases.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import vn.pcmt.cases.domain.ArrestKind;

/** {@code POST /api/cases/{id}/arrests}: the case's person arrested; counted toward QĐ 28 where they live. */
public record ArrestRequest(@NotNull UUID personId, @NotNull ArrestKind kind, @NotNull @PastOrPresent LocalDate arrestedOn) {
}
