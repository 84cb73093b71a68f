package vn.pcmt.assessment.domain.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** QĐ 28/2025 Art. 7's year: 15/12 of the year before to 14/12. */
class ProgrammeYearTest {

    @ParameterizedTest(name = "appraised on {0} → year {1}")
    @CsvSource({"2025-12-14, 2025", "2025-12-20, 2025", "2026-06-30, 2026", "2026-12-14, 2026", "2026-12-20, 2026"})
    void givenAppraisalDay_whenPlaced_thenTheYearUnderWayOrJustEnded(LocalDate date, int year) {
        ProgrammeYear appraised = ProgrammeYear.appraisedOn(date);

        assertThat(appraised.year()).isEqualTo(year);
        assertThat(appraised.firstDay()).isEqualTo(LocalDate.of(year - 1, 12, 15));
        assertThat(appraised.lastDay()).isEqualTo(LocalDate.of(year, 12, 14));
    }
}
