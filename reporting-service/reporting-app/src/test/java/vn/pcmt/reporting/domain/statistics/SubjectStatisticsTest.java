package vn.pcmt.reporting.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectStatisticsTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @ParameterizedTest(name = "born {0}: {1}")
    @CsvSource({"2009, UNDER_18", "2008, FROM_18_TO_30", "1996, FROM_18_TO_30", "1995, FROM_31_TO_45", "1981, FROM_31_TO_45",
            "1980, OVER_45"})
    void givenABirthYear_whenBanded_thenByTheAgeReachedThatYear(int birthYear, String band) {
        assertThat(SubjectStatistics.ageBand(birthYear, AS_OF)).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0}, found {1}, tested {2}, treated {3}: overdue {4}")
    @CsvSource(nullValues = "-", value = {
            "ADDICT,            2026-01-01, 2026-05-31, -,          false",
            "ADDICT,            2026-01-01, 2026-05-30, -,          true",
            "ILLEGAL_USER,      2026-05-31, -,          -,          false",
            "ILLEGAL_USER,      2026-05-30, -,          -,          true",
            "SUSPECTED,         2026-05-30, -,          -,          true",
            "POST_REHAB,        2026-06-01, 2026-01-01, -,          false",
            "RELEASED_OFFENDER, 2026-01-01, -,          -,          false",
            "ADDICT,            2026-01-01, -,          COMPULSORY, false",
            "ADDICT,            2026-01-01, -,          SUBSTITUTION, true",
    })
    void givenTheLastTest_whenJudged_thenOverdueByTheRegistrysRule(String category, LocalDate foundOn, LocalDate testedOn,
                                                                  String treatment, boolean overdue) {
        SubjectStatus status = new SubjectStatus("s-1", "17167", null, category, "MALE", 1990,
                treatment == null ? Set.of() : Set.of(treatment), Set.of(), foundOn, testedOn, false);

        assertThat(SubjectStatistics.testOverdue(status, AS_OF)).isEqualTo(overdue);
    }

    @Test
    void givenStatuses_whenCounted_thenEachDimension() {
        List<SubjectStatus> statuses = List.of(
                new SubjectStatus("s-1", "17167", null, "ADDICT", "MALE", 1990, Set.of("SUBSTITUTION", "VOLUNTARY_HOME"),
                        Set.of("PSYCHOSIS_SIGNS"), AS_OF, AS_OF, true),
                new SubjectStatus("s-2", "17167", null, "ADDICT", "FEMALE", 2010, Set.of(), Set.of(), AS_OF, null, false),
                new SubjectStatus("s-3", "17167", null, "SUSPECTED", null, null, Set.of("SUBSTITUTION"), Set.of(), AS_OF, null, false));

        SubjectStatistics statistics = SubjectStatistics.of(statuses, AS_OF);

        assertThat(statistics.total()).isEqualTo(3);
        assertThat(statistics.byCategory()).containsEntry("ADDICT", 2L).containsEntry("SUSPECTED", 1L).hasSize(2);
        assertThat(statistics.byTreatment()).containsEntry("SUBSTITUTION", 2L).containsEntry("VOLUNTARY_HOME", 1L);
        assertThat(statistics.byFlag()).containsEntry("PSYCHOSIS_SIGNS", 1L).hasSize(1);
        assertThat(statistics.bySex()).containsEntry("MALE", 1L).containsEntry("FEMALE", 1L).containsEntry("UNKNOWN", 1L);
        assertThat(statistics.byAgeBand()).containsEntry("FROM_31_TO_45", 1L).containsEntry("UNDER_18", 1L).containsEntry("UNKNOWN", 1L);
        assertThat(statistics.underManagement()).isEqualTo(1);
        assertThat(statistics.testOverdue()).isZero(); // found today, none due yet
    }

    /** Every figure counted lists exactly the subjects it counts: drill-down and count never disagree. */
    @Test
    void givenStatuses_whenEachFigureIsDrilledDown_thenItListsAsManyAsItCounts() {
        List<SubjectStatus> statuses = List.of(
                new SubjectStatus("s-1", "17167", null, "ADDICT", "MALE", 1990, Set.of("SUBSTITUTION", "VOLUNTARY_HOME"),
                        Set.of("PSYCHOSIS_SIGNS"), AS_OF, AS_OF, true),
                new SubjectStatus("s-2", "17167", null, "ADDICT", "FEMALE", 2010, Set.of(), Set.of(), LocalDate.of(2026, 1, 1), null, false),
                new SubjectStatus("s-3", "17167", null, "SUSPECTED", null, null, Set.of("SUBSTITUTION"), Set.of(), AS_OF, null, false));
        SubjectStatistics statistics = SubjectStatistics.of(statuses, AS_OF);
        java.util.Map<String, Long> counted = new java.util.TreeMap<>();
        counted.put("subjects.total", statistics.total());
        counted.put("subjects.testOverdue", statistics.testOverdue());
        counted.put("subjects.underManagement", statistics.underManagement());
        statistics.byCategory().forEach((key, n) -> counted.put("subjects.byCategory." + key, n));
        statistics.byTreatment().forEach((key, n) -> counted.put("subjects.byTreatment." + key, n));
        statistics.byFlag().forEach((key, n) -> counted.put("subjects.byFlag." + key, n));
        statistics.bySex().forEach((key, n) -> counted.put("subjects.bySex." + key, n));
        statistics.byAgeBand().forEach((key, n) -> counted.put("subjects.byAgeBand." + key, n));

        assertThat(counted).hasSize(14);
        counted.forEach((figure, count) -> assertThat(statuses.stream().filter(SubjectStatistics.figure(figure, AS_OF).orElseThrow()).count())
                .as(figure).isEqualTo(count));
        assertThat(statuses.stream().filter(SubjectStatistics.figure("subjects.byCategory.POST_REHAB", AS_OF).orElseThrow())).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"subjects", "subjects.byCategory", "subjects.byCategory.addict",
            "subjects.byColour.RED", "cases.arrests", "subjects.byCategory.{\"$ne\":null}", ""})
    void givenNoFigureOfTheStatistics_whenDrilledDown_thenNone(String name) {
        assertThat(SubjectStatistics.figure(name, AS_OF)).isEmpty();
    }
}
