package vn.pcmt.assessment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.pcmt.platform.web.AreaCode;

/** The bodies of a rename, a merger and a split, each by a decision in force from {@code effectiveOn}. */
final class AreaChangeRequests {

    private AreaChangeRequests() {
    }

    /** {@code POST /api/areas/{code}/renames}. */
    record Rename(@NotBlank @Size(max = 200) String name, @NotNull LocalDate effectiveOn, @NotBlank @Size(max = 100) String decisionNo) {
    }

    /** {@code POST /api/areas/{code}/mergers}: the areas merged into {@code code}. */
    record Merger(@NotEmpty @Size(max = 50) List<@NotBlank @AreaCode String> predecessorCodes, @NotNull LocalDate effectiveOn,
                  @NotBlank @Size(max = 100) String decisionNo) {
    }

    /** {@code POST /api/areas/{code}/splits}: the areas {@code code} is split into, and where each of its children goes. */
    record Split(@NotNull @Size(min = 2, max = 50) List<@NotBlank @AreaCode String> successorCodes,
                 @NotNull @Size(max = 500) Map<@AreaCode String, @NotBlank @AreaCode String> assignments, @NotNull LocalDate effectiveOn,
                 @NotBlank @Size(max = 100) String decisionNo) {
    }
}
