package vn.pcmt.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.platform.problem.Refusal;

class RetentionTest {

    @ParameterizedTest(name = "{0} after {1}, erased {2}: allowed {3}")
    @CsvSource({
            "P5Y,     2021-06-01, 2026-05-31, false",
            "P5Y,     2021-06-01, 2026-06-01, true",
            "P5Y,     2021-06-01, 2026-06-02, true",
            "P5Y,     2020-02-29, 2025-02-27, false",
            "P5Y,     2020-02-29, 2025-02-28, true",
            "P1Y6M,   2025-01-31, 2026-07-30, false",
            "P1Y6M,   2025-01-31, 2026-07-31, true",
            "P30D,    2026-11-01, 2026-11-30, false",
            "P30D,    2026-11-01, 2026-12-01, true",
    })
    void givenARecordClosed_whenErased_thenOnlyFromTheDayRetentionEnds(Period period, LocalDate closedOn, LocalDate erasedOn, boolean allowed) {
        Retention retention = new Retention(period);

        if (allowed) {
            retention.requireEndedBy(closedOn, erasedOn, "erasedOn");
        } else {
            assertThatThrownBy(() -> retention.requireEndedBy(closedOn, erasedOn, "erasedOn"))
                    .isInstanceOfSatisfying(Refusal.class, refusal -> {
                        assertThat(refusal.code()).isEqualTo("RETENTION_NOT_ENDED");
                        assertThat(refusal.getMessage()).contains(retention.endsOn(closedOn).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                    });
        }
    }

    @ParameterizedTest
    @CsvSource({"P0D", "P-1Y"})
    void givenANonPositivePeriod_whenConfigured_thenRefusedAtStart(Period period) {
        assertThatThrownBy(() -> new Retention(period)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"P5Y, 5 năm", "P1Y6M, 1 năm 6 tháng", "P30D, 30 ngày"})
    void givenAPeriod_whenToldToOfficers_thenInVietnameseWords(Period period, String words) {
        assertThat(new Retention(period).inWords()).isEqualTo(words);
    }
}
