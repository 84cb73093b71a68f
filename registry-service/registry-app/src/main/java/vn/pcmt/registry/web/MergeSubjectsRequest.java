package vn.pcmt.registry.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/subjects/{id}/merges}: {@code duplicateId} was the same person as {@code id}, recorded twice. */
public record MergeSubjectsRequest(
        @NotNull UUID duplicateId,
        @NotBlank @Size(max = 1000) String reason) {
}
