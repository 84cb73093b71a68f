package vn.pcmt.assessment.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/areas/{code}/mergers}: the areas merged into {@code code}. */
public record MergerRequest(@NotEmpty @Size(max = 50) List<@NotBlank @AreaCode String> predecessorCodes, @NotNull LocalDate effectiveOn,
                            @NotBlank @Size(max = 100) String decisionNo) {
}
