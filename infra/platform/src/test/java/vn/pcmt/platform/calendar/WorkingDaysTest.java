package vn.pcmt.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays calendar = WorkingDays.vietnam();

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-03-02, 5, 2026-03-09",   // Monday → next Monday: the weekend is skipped
            "2026-03-06, 1, 2026-03-09",   // Friday → Monday
            "2026-03-07, 1, 2026-03-09",   // Saturday → Monday
            "2026-03-02, 0, 2026-03-02",
            "2026-02-12, 5, 2026-02-26",   // Tết Bính Ngọ: 13/2, then 23–26/2 (16–20/2 off)
            "2026-04-24, 1, 2026-04-28",   // Friday before the Hùng Kings' compensatory Monday
            "2026-04-28, 2, 2026-05-04",   // 29/4, then 30/4 and 1/5 are holidays → Monday 4/5
            "2026-08-31, 1, 2026-09-03",   // National Day: 1/9 and 2/9 off
            "2025-04-25, 1, 2025-04-26",   // the make-up Saturday counts
    })
    void givenDate_whenPlusWorkingDays_thenHolidaysAndWeekendsSkipped(LocalDate from, int days, LocalDate expected) {
        assertThat(calendar.plus(from, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2026-01-01, false", "2026-01-02, true", "2026-02-17, false", "2026-02-23, true", "2026-04-30, false",
            "2026-05-01, false", "2026-09-01, false", "2026-09-02, false", "2026-09-03, true", "2026-11-24, true",
            "2026-11-28, false", "2027-01-01, false", "2027-04-30, false", "2025-05-02, false", "2025-05-05, true",
            "2025-04-26, true", "2025-04-19, false"})   // a make-up Saturday is worked; an ordinary one is not
    void givenDate_whenAsked_thenWorkingOrNot(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void givenYearsInTheData_whenAsked_thenKnownOnlyThose() {
        assertThat(calendar.knowsYear(2026)).isTrue();
        assertThat(calendar.knowsYear(2031)).isFalse();
    }

    @Test
    void givenNegativeCount_whenPlus_thenRefused() {
        assertThatThrownBy(() -> calendar.plus(LocalDate.of(2026, 1, 5), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
