package vn.pcmt.assessment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/areas/{province}/schedule/{year}}; {@code selfAssessmentRequired} defaults to yes. */
public record ScheduleRequest(@NotNull LocalDate implementationEndsOn, @NotNull LocalDate appraisalStartsOn,
                              @NotNull LocalDate appraisalEndsOn, Boolean selfAssessmentRequired) {
}
