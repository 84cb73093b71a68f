package vn.pcmt.assessment.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/classifications}: classify a commune for a programme year that has ended. */
public record ClassificationRequest(@NotBlank @AreaCode String communeCode, @NotNull @Min(2020) @Max(2100) Integer year) {
}
