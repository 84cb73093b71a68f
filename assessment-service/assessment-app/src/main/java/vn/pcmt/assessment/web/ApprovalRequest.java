package vn.pcmt.assessment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** {@code POST /api/classifications/{communeCode}/{year}/approval}: the province's approval. */
public record ApprovalRequest(@NotNull @PastOrPresent LocalDate approvedOn, @NotBlank @Size(max = 100) String decisionNo) {
}
