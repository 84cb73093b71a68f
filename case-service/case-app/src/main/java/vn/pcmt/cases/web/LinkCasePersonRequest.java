package vn.pcmt.cases.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** {@code POST /api/cases/{id}/persons/{personId}/subject}: the registry subject the named person is. */
public record LinkCasePersonRequest(@NotNull UUID subjectId) {
}
