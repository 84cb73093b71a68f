package vn.pcmt.cases.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.cases.domain.CaseStage;
import vn.pcmt.cases.domain.ClosureReason;

/** {@code POST /api/cases/{id}/stages}. */
public record CaseStageRequest(
        @NotNull CaseStage stage,
        @NotNull @PastOrPresent LocalDate on,
        @Size(max = 100) String decisionNo,
        boolean mobileTrial,
        ClosureReason closureReason) {
}
