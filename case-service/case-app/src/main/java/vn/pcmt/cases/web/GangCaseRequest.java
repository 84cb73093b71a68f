package vn.pcmt.cases.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** {@code POST /api/gangs/{id}/cases}: a case against the gang. */
public record GangCaseRequest(@NotNull UUID caseId) {
}
