package vn.pcmt.reporting.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectFlowsTest {

    static final ReportingPeriod PERIOD = ReportingPeriod.parse("2026-H1").orElseThrow();
    static final Instant KNOWN = Instant.parse("2026-01-01T00:00:00Z");

    /** Both ends of the period, and an entry recorded under no commune (counted nowhere, failing nothing). */
    @ParameterizedTest(name = "tested {0} in {1}: {2}")
    @CsvSource(nullValues = "-", value = {"2025-12-14, 17167, 0", "2025-12-15, 17167, 1", "2026-06-14, 17167, 1", "2026-06-15, 17167, 0",
            "2026-03-01, 17170, 0", "2026-03-01, -, 0"})
    void givenATest_whenFlowsCounted_thenOnlyInThePeriodAndTheArea(LocalDate on, String areaCode, long tests) {
        SubjectEntry test = new SubjectEntry("s-1", 2, SubjectEntry.Kind.TESTED, on, KNOWN, areaCode, null, null, null, null, null, "t-1",
                "POSITIVE", null);

        SubjectFlows flows = SubjectFlows.of(List.of(List.of(test)), PERIOD, null, Set.copyOf(List.of("17167"))::contains);

        assertThat(flows.tests()).isEqualTo(tests);
        assertThat(flows.positiveTests()).isEqualTo(tests);
        assertThat(flows.plus(flows).tests()).isEqualTo(2 * tests);
    }
}
