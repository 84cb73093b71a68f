package vn.pcmt.reporting.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiTableTest {

    static final Instant KNOWN = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest(name = "{0}/{1} against {2}%: {3}")
    @CsvSource(nullValues = "-", value = {"3, 5, 60, 60.0, true", "2, 4, 60, 50.0, false", "17, 20, 85, 85.0, true",
            "16, 20, 85, 80.0, false", "4, 5, 80, 80.0, true", "79, 99, 80, 79.8, false", "0, 0, 80, -, -"})
    void givenACount_whenMeasured_thenExactlyAgainstItsTarget(long numerator, long denominator, int target, BigDecimal value, Boolean met) {
        Kpi kpi = Kpi.of("K", "K", numerator, denominator, target);

        assertThat(kpi.value()).isEqualTo(value);
        assertThat(kpi.met()).isEqualTo(met);
    }

    @Test
    void givenTransformationStages_whenCountedOnADay_thenEachCommuneByItsLatestKnownStage() {
        List<Transformations.Stage> stages = List.of(
                new Transformations.Stage("a", "SELECTED", LocalDate.of(2023, 1, 1), KNOWN),
                new Transformations.Stage("a", "TRANSFORMED", LocalDate.of(2024, 1, 1), KNOWN),
                new Transformations.Stage("a", "RELAPSED", LocalDate.of(2025, 6, 1), KNOWN),
                new Transformations.Stage("b", "SELECTED", LocalDate.of(2023, 1, 1), KNOWN),
                new Transformations.Stage("b", "TRANSFORMED", LocalDate.of(2024, 6, 1), Instant.parse("2026-03-01T00:00:00Z")),
                new Transformations.Stage("c", "SELECTED", LocalDate.of(2023, 1, 1), KNOWN));

        assertThat(Transformations.of(stages, LocalDate.of(2025, 5, 31), null)).isEqualTo(new Transformations(3, 2, 0));
        assertThat(Transformations.of(stages, LocalDate.of(2025, 6, 1), null)).isEqualTo(new Transformations(3, 2, 1));
        assertThat(Transformations.of(stages, LocalDate.of(2025, 6, 1), KNOWN)).isEqualTo(new Transformations(3, 1, 1)); // b not known
        assertThat(Transformations.of(stages, LocalDate.of(2022, 12, 31), null)).isEqualTo(new Transformations(0, 0, 0));
        // the lists behind them: each commune by its latest stage
        var listed = Transformations.listed(stages, LocalDate.of(2025, 6, 1), null);
        assertThat(listed.get("selected")).extracting(Transformations.Stage::communeCode).containsExactly("a", "b", "c");
        assertThat(listed.get("transformed")).extracting(Transformations.Stage::communeCode).containsExactly("a", "b");
        assertThat(listed.get("relapsed")).extracting(Transformations.Stage::communeCode).containsExactly("a");
        assertThat(listed.get("notRelapsing")).extracting(Transformations.Stage::communeCode).containsExactly("b");
    }

    @Test
    void givenTheFiguresOfAPeriod_whenTabled_thenTheSeedsTargets() {
        List<SubjectStatus> atEnd = List.of(status("ADDICT"), status("ILLEGAL_USER"), status("ILLEGAL_USER"), status("ADDICT"),
                status("ADDICT"), status("POST_REHAB"));
        AreaStanding.DrugFree drugFree = AreaStanding.DrugFree.of(List.of("a", "b", "c", "d", "e"), Set.of("a", "b"), Set.of("a"), 40);

        List<Kpi> table = KpiTable.of(atEnd, 4, hotspots(10, 8, 21), hotspots(0, 0, 20), new Transformations(5, 3, 1), drugFree, "COMMUNE");

        assertThat(table).extracting(Kpi::id).containsExactly("TREATMENT_REACH", "HOTSPOTS_ELIMINATED", "HOTSPOTS_ELIMINATED_GROWTH",
                "KEY_AREAS_TRANSFORMED", "TRANSFORMED_NOT_RELAPSING", "DRUG_FREE_CHILDREN");
        assertThat(table).extracting(Kpi::denominator).containsExactly(5L, 10L, 20L, 5L, 3L, 5L); // post-rehab persons are not counted
        assertThat(table).extracting(Kpi::met).containsExactly(true, true, true, true, false, true);
    }

    /** Seed 004: each year 5% more hotspots eliminated than the year before; both sides of 105%, and no year before. */
    @ParameterizedTest(name = "{0} eliminated after {1}: {2}")
    @CsvSource(nullValues = "-", value = {"21, 20, true", "20, 20, false", "42, 40, true", "41, 40, false", "3, 0, -"})
    void givenHotspotsEliminatedInAPeriodAndTheSamePeriodAYearBefore_whenTabled_thenFivePercentMoreIsTheTarget(
            long eliminated, long yearBefore, Boolean met) {
        List<Kpi> table = KpiTable.of(List.of(), 0, hotspots(0, 0, eliminated), hotspots(0, 0, yearBefore), new Transformations(0, 0, 0),
                AreaStanding.DrugFree.of(List.of(), Set.of(), Set.of(), null), "COMMUNE");

        assertThat(table).filteredOn(kpi -> kpi.id().equals("HOTSPOTS_ELIMINATED_GROWTH")).singleElement()
                .satisfies(kpi -> assertThat(kpi.met()).isEqualTo(met));
    }

    /** A plan's target where there is one (both sides of Diễn Châu's 40%), the national 50% for a province without one. */
    @ParameterizedTest(name = "{0}: {1} of {2} against {3}%: {4}")
    @CsvSource(nullValues = "-", value = {"COMMUNE, 17, 42, 40, true", "COMMUNE, 16, 42, 40, false", "PROVINCE, 65, 130, -, true",
            "PROVINCE, 64, 130, -, false", "PROVINCE, 10, 130, 5, true", "COMMUNE, 17, 42, -, -"})
    void givenChildrenRecognisedDrugFree_whenTabled_thenAgainstThePlansTargetOrTheNationalOne(String level, int recognized, int children,
                                                                                           Integer target, Boolean met) {
        List<String> codes = java.util.stream.IntStream.range(0, children).mapToObj(String::valueOf).toList();
        AreaStanding.DrugFree drugFree = AreaStanding.DrugFree.of(codes, Set.copyOf(codes.subList(0, recognized)), Set.of(), target);

        List<Kpi> table = KpiTable.of(List.of(), 0, hotspots(0, 0, 0), hotspots(0, 0, 0), new Transformations(0, 0, 0), drugFree, level);

        assertThat(table.stream().filter(kpi -> kpi.id().equals("DRUG_FREE_CHILDREN")).map(Kpi::met).findFirst().orElse(null)).isEqualTo(met);
        assertThat(table.stream().anyMatch(kpi -> kpi.id().equals("DRUG_FREE_CHILDREN"))).isEqualTo(met != null);
    }

    private static CaseFlows hotspots(long existed, long inactiveAtEnd, long eliminated) {
        return new CaseFlows(0, eliminated, 0, existed - inactiveAtEnd, existed, java.util.Map.of(), 0, 0, 0, BigDecimal.ZERO);
    }

    private static SubjectStatus status(String category) {
        return new SubjectStatus("s", "17167", null, category, "MALE", 1990, Set.of(), Set.of(), LocalDate.of(2026, 1, 1), null, false);
    }
}
