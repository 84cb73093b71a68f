package vn.pcmt.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManagementLawTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2021-12-31, LAW_73_2021", "2022-01-01, LAW_73_2021", "2026-06-30, LAW_73_2021", "2026-07-01, LAW_120_2025"})
    void givenDate_whenLawInForce_thenTheLawOfThatDay(LocalDate date, ManagementLaw law) {
        assertThat(ManagementLaw.inForceOn(date)).isEqualTo(law);
    }

    @ParameterizedTest(name = "{0} from {1} → last day {2}")
    @CsvSource({"ILLEGAL_USER, 2026-03-01, 2027-02-28", "POST_REHAB, 2026-07-01, 2027-06-30",
            "ILLEGAL_USER, 2028-02-29, 2029-02-27"})
    void givenStart_whenPeriodComputed_thenOneYearBothDaysCounted(ManagementKind kind, LocalDate startsOn, LocalDate endsOn) {
        assertThat(ManagementLaw.inForceOn(startsOn).managementEndsOn(kind, startsOn)).isEqualTo(endsOn);
    }

    @ParameterizedTest(name = "moved {0}, reported {1} → late {2}")
    @CsvSource({"2026-07-01, 2026-07-02, false", "2026-07-01, 2026-07-03, true", "2026-06-30, 2026-07-15, false",
            "2026-07-01, 2026-07-01, false"})
    void givenMove_whenReported_thenLateOnlyAfter24HoursUnderTheNewLaw(LocalDate movedOn, LocalDate reportedOn, boolean late) {
        assertThat(ManagementLaw.inForceOn(movedOn).isLateMoveReport(movedOn, reportedOn)).isEqualTo(late);
    }
}
