package vn.pcmt.assessment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import vn.pcmt.assessment.domain.AppraisalKind;
import vn.pcmt.assessment.domain.criteria.CriteriaSetId;
import vn.pcmt.platform.web.AreaCode;

/**
 * {@code POST /api/appraisals}: appraise an area against a criteria set on the facts of {@code asOf}; {@code kind}: the
 * area's self-assessment or the police appraisal (the default).
 */
public record AppraisalRequest(@NotBlank @AreaCode String areaCode, @NotNull CriteriaSetId criteriaSet, @NotNull @PastOrPresent LocalDate asOf,
                               AppraisalKind kind) {

    public AppraisalRequest {
        kind = kind == null ? AppraisalKind.APPRAISAL : kind;
    }
}
