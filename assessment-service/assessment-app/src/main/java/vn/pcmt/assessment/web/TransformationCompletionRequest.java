package vn.pcmt.assessment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** {@code POST /api/transformations/{id}/completion}: the decision recognising the commune transformed. */
public record TransformationCompletionRequest(@NotNull @PastOrPresent LocalDate transformedOn, @NotBlank @Size(max = 100) String decisionNo) {
}
