package vn.pcmt.assessment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/transformations}: the province's decision selecting a commune. */
public record TransformationRequest(@NotBlank @AreaCode String communeCode, @NotNull @PastOrPresent LocalDate selectedOn,
                                    @NotBlank @Size(max = 100) String decisionNo) {
}
