package vn.pcmt.cases.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** {@code POST /api/cases/{id}/persons}. */
public record AddCasePersonRequest(@NotNull @Valid CasePersonRequest person, @NotNull @PastOrPresent LocalDate identifiedOn) {
}
