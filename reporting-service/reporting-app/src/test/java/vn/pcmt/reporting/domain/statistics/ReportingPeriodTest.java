package vn.pcmt.reporting.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource({"2026-H1, 2025-12-15, 2026-06-14", "2026-H2, 2026-06-15, 2026-12-14", "2026, 2025-12-15, 2026-12-14",
            "2026-01-01..2026-03-31, 2026-01-01, 2026-03-31", "2026-03-01..2026-03-01, 2026-03-01, 2026-03-01"})
    void givenAPeriod_whenParsed_thenTheMinistrysDays(String text, LocalDate from, LocalDate to) {
        assertThat(ReportingPeriod.parse(text)).hasValue(new ReportingPeriod(text, from, to));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"2026-H3", "26", "2026-Q1", "2026-03-02..2026-03-01", "2026-02-30..2026-03-01", "{\"$ne\":null}", ""})
    void givenNoPeriod_whenParsed_thenNone(String text) {
        assertThat(ReportingPeriod.parse(text)).isEmpty();
    }

    /** Both sides of 15/12, the first day of the next programme year. */
    @ParameterizedTest(name = "{0}: programme year {1}")
    @CsvSource({"2026-H1, 2026", "2026-H2, 2026", "2026, 2026", "2026-12-14..2026-12-31, 2026", "2026-12-15..2026-12-31, 2027",
            "2026-01-01..2026-12-31, 2026"})
    void givenAPeriod_whenItsProgrammeYearIsAsked_thenTheYearItBeginsIn(String text, int year) {
        assertThat(ReportingPeriod.parse(text).orElseThrow().programmeYear()).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}: the year {1}")
    @CsvSource({"2026-12-14, 2026", "2026-12-15, 2027", "2026-01-01, 2026", "2025-12-31, 2026", "2026-06-15, 2026"})
    void givenADay_whenItsYearIsAsked_thenTheMinistrysYearItFallsIn(LocalDate day, String year) {
        ReportingPeriod period = ReportingPeriod.yearOf(day);

        assertThat(period.name()).isEqualTo(year);
        assertThat(day).isBetween(period.from(), period.to());
    }
}
