package vn.pcmt.assessment.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/areas/{code}/targets/{year}}: e.g. Diễn Châu 2026, at least 40% of its villages drug-free. */
public record TargetRequest(@NotNull @Min(1) @Max(100) Integer drugFreeChildrenPercent, @Size(max = 1000) String plan) {
}
