package vn.pcmt.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.assessment.domain.ProgrammeSchedule.Phase;
import vn.pcmt.platform.problem.Refusal;

class ProgrammeScheduleTest {

    private static final ProgrammeSchedule DEFAULTS = ProgrammeSchedule.defaults(2026);

    @Test
    void givenNoProvinceSchedule_whenDefaults_thenTheSeedsDeadlines() {
        assertThat(DEFAULTS).isEqualTo(new ProgrammeSchedule(2026, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 15),
                LocalDate.of(2026, 12, 20), true));
        assertThat(DEFAULTS.validated()).isSameAs(DEFAULTS);
    }

    @ParameterizedTest(name = "self-assessment {0} on {1} → {2}")
    @CsvSource({
            "true, 2026-12-14, ON_TIME", "true, 2026-12-15, LATE", "true, 2026-03-01, ON_TIME",
            "false, 2026-12-14, EARLY", "false, 2026-12-15, ON_TIME", "false, 2026-12-20, ON_TIME", "false, 2026-12-21, LATE"})
    void givenTheDefaultSchedule_whenAnAppraisalIsDated_thenItsPhase(boolean selfAssessment, LocalDate day, Phase expected) {
        assertThat(DEFAULTS.phaseOf(selfAssessment, day)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1}–{2} → {3}")
    @CsvSource({
            "2026-12-10, 2026-12-11, 2026-12-18, VALID",
            "2026-12-10, 2026-12-10, 2026-12-18, SCHEDULE_OUT_OF_ORDER",
            "2026-12-10, 2026-12-12, 2026-12-11, SCHEDULE_OUT_OF_ORDER",
            "2026-12-10, 2026-12-12, 2026-12-12, VALID",
            "2025-12-15, 2025-12-16, 2026-12-20, VALID",
            "2025-12-14, 2026-12-15, 2026-12-20, SCHEDULE_OUT_OF_YEAR",
            "2026-12-15, 2026-12-16, 2026-12-20, SCHEDULE_OUT_OF_YEAR",
            "2026-12-14, 2026-12-15, 2026-12-30, VALID",
            "2026-12-14, 2026-12-15, 2026-12-31, SCHEDULE_OUT_OF_YEAR"})
    void givenAProvincesDeadlines_whenValidated_thenInOrderWithinTheYear(LocalDate implementationEnds, LocalDate appraisalStarts,
                                                                         LocalDate appraisalEnds, String expected) {
        ProgrammeSchedule schedule = new ProgrammeSchedule(2026, implementationEnds, appraisalStarts, appraisalEnds, true);
        if (expected.equals("VALID")) {
            assertThat(schedule.validated()).isEqualTo(schedule);
        } else {
            assertThatThrownBy(schedule::validated).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(expected));
        }
    }
}
