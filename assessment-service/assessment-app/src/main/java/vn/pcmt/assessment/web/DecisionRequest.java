package vn.pcmt.assessment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** {@code POST /api/appraisals/{id}/decision}: {@code reasons} required when not recognised. */
public record DecisionRequest(
        boolean recognized,
        @NotBlank @Size(max = 100) String decisionNo,
        @NotNull @PastOrPresent LocalDate decidedOn,
        @NotBlank @Size(max = 200) String signer,
        @Size(max = 4000) String reasons) {
}
