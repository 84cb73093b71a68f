package vn.pcmt.assessment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/areas/{code}/splits}: the areas {@code code} is split into, and where each of its children goes. */
public record SplitRequest(@NotNull @Size(min = 2, max = 50) List<@NotBlank @AreaCode String> successorCodes,
                           @NotNull @Size(max = 500) Map<@AreaCode String, @NotBlank @AreaCode String> assignments,
                           @NotNull LocalDate effectiveOn, @NotBlank @Size(max = 100) String decisionNo) {
}
