package vn.pcmt.assessment.domain;

import java.time.LocalDate;

import vn.pcmt.assessment.domain.facts.ProgrammeYear;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * A province's deadlines for a programme year: implementation (phase 1) up to {@code implementationEndsOn}, when
 * areas assess themselves; the police appraisal (phase 2) from {@code appraisalStartsOn} to {@code appraisalEndsOn};
 * whether a recognition needs the area's self-assessment first. The seeds' default is 14/12, 15/12–20/12 and yes (QĐ
 * 28 Art. 7: the commune assesses itself and reports); Guidance 37/HD-BCA-C04, which sets the procedure, was not at
 * hand, so a province may set its own.
 */
public record ProgrammeSchedule(int year, LocalDate implementationEndsOn, LocalDate appraisalStartsOn, LocalDate appraisalEndsOn,
                                boolean selfAssessmentRequired) {

    /** How an appraisal's day stands against the schedule. */
    public enum Phase {
        /** a police appraisal before phase 2 opens */
        EARLY,
        ON_TIME,
        /** a self-assessment after implementation ended, an appraisal after phase 2 closed */
        LATE
    }

    public static ProgrammeSchedule defaults(int year) {
        return new ProgrammeSchedule(year, LocalDate.of(year, 12, 14), LocalDate.of(year, 12, 15), LocalDate.of(year, 12, 20), true);
    }

    /**
     * @throws Refusal {@code SCHEDULE_OUT_OF_ORDER} unless implementation ends before phase 2 opens and phase 2 opens
     *                 no later than it closes; {@code SCHEDULE_OUT_OF_YEAR} unless implementation ends within the
     *                 programme year and phase 2 closes by 30/12, when the Ministry approves the provinces
     */
    public ProgrammeSchedule validated() {
        ProgrammeYear programme = new ProgrammeYear(year);
        if (implementationEndsOn.isBefore(programme.firstDay()) || implementationEndsOn.isAfter(programme.lastDay())) {
            throw Refusal.ruleViolated("SCHEDULE_OUT_OF_YEAR", "Giai đoạn thực hiện phải kết thúc trong năm " + year + " (từ "
                    + programme.firstDay() + " đến " + programme.lastDay() + ").",
                    new FieldProblem("implementationEndsOn", "OUT_OF_YEAR", "Ngoài năm thực hiện."));
        }
        if (!appraisalStartsOn.isAfter(implementationEndsOn)) {
            throw Refusal.ruleViolated("SCHEDULE_OUT_OF_ORDER", "Giai đoạn thẩm định phải bắt đầu sau khi giai đoạn thực hiện kết thúc.",
                    new FieldProblem("appraisalStartsOn", "OUT_OF_ORDER", "Phải sau ngày kết thúc thực hiện."));
        }
        if (appraisalEndsOn.isBefore(appraisalStartsOn)) {
            throw Refusal.ruleViolated("SCHEDULE_OUT_OF_ORDER", "Ngày kết thúc thẩm định trước ngày bắt đầu.",
                    new FieldProblem("appraisalEndsOn", "OUT_OF_ORDER", "Trước ngày bắt đầu thẩm định."));
        }
        if (appraisalEndsOn.isAfter(LocalDate.of(year, 12, 30))) {
            throw Refusal.ruleViolated("SCHEDULE_OUT_OF_YEAR", "Thẩm định phải xong trước khi Bộ Công an xét công nhận (30/12/" + year + ").",
                    new FieldProblem("appraisalEndsOn", "OUT_OF_YEAR", "Sau ngày 30/12."));
        }
        return this;
    }

    /** A self-assessment is on time up to the end of implementation; a police appraisal within phase 2. */
    public Phase phaseOf(boolean selfAssessment, LocalDate day) {
        if (selfAssessment) {
            return day.isAfter(implementationEndsOn) ? Phase.LATE : Phase.ON_TIME;
        }
        if (day.isBefore(appraisalStartsOn)) {
            return Phase.EARLY;
        }
        return day.isAfter(appraisalEndsOn) ? Phase.LATE : Phase.ON_TIME;
    }
}
