package vn.pcmt.reporting.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
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

    @Test
    void givenAHistory_whenListed_thenEachFlowListsTheEntriesItCountsAndARetractedOneNowhere() {
        List<SubjectEntry> history = List.of(
                new SubjectEntry("s-2", 0, SubjectEntry.Kind.REGISTERED, LocalDate.of(2026, 1, 5), KNOWN, "17167", "17167", null, "ADDICT",
                        "MALE", 1990, null, null, null),
                new SubjectEntry("s-2", 1, SubjectEntry.Kind.TESTED, LocalDate.of(2026, 2, 1), KNOWN, "17167", null, null, null, null, null,
                        "t-1", "POSITIVE", null),
                new SubjectEntry("s-2", 2, SubjectEntry.Kind.TESTED, LocalDate.of(2026, 3, 1), KNOWN, "17167", null, null, null, null, null,
                        "t-2", "NEGATIVE", null),
                new SubjectEntry("s-2", 3, SubjectEntry.Kind.TESTED, LocalDate.of(2026, 4, 1), KNOWN, "17167", null, null, null, null, null,
                        "t-3", "POSITIVE", null),
                new SubjectEntry("s-2", 4, SubjectEntry.Kind.RETRACTED, LocalDate.of(2026, 4, 2), KNOWN, "17167", null, null, null, null,
                        null, null, null, List.of(3L)),
                new SubjectEntry("s-2", 5, SubjectEntry.Kind.LEFT_LIST, LocalDate.of(2026, 5, 1), KNOWN, "17167", null, null, null, null,
                        null, null, "DEATH", null));

        var listed = SubjectFlows.listed(history, PERIOD, null, "17167"::equals);
        SubjectFlows flows = SubjectFlows.of(List.of(history), PERIOD, null, "17167"::equals);

        assertThat(listed.get("found")).extracting(SubjectEntry::version).containsExactly(0L);
        assertThat(listed.get("tests")).extracting(SubjectEntry::version).containsExactly(1L, 2L); // the third retracted
        assertThat(listed.get("positiveTests")).extracting(SubjectEntry::version).containsExactly(1L);
        assertThat(listed.get("leftList")).extracting(SubjectEntry::version).containsExactly(5L);
        assertThat(flows).isEqualTo(new SubjectFlows(1, 1, 2, 1));
        assertThat(SubjectFlows.listed(history, PERIOD, null, "17170"::equals).values()).allMatch(List::isEmpty);
    }
}
