package vn.pcmt.reporting.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.reporting.domain.statistics.AreaStanding.Classification;
import vn.pcmt.reporting.domain.statistics.AreaStanding.Facts;
import vn.pcmt.reporting.domain.statistics.AreaStanding.Recognition;
import vn.pcmt.reporting.domain.statistics.AreaStanding.RecordedFacts;
import vn.pcmt.reporting.domain.statistics.AreaStanding.Records;
import vn.pcmt.reporting.domain.statistics.AreaStanding.Target;

class AreaStandingTest {

    static final Instant T1 = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant T2 = Instant.parse("2026-06-01T00:00:00Z");
    static final Map<String, List<String>> TREE = Map.of("P", List.of("C1", "C2"), "C1", List.of("v1", "v2", "v3", "v4"), "C2", List.of("w1"));

    /** Kept, new and lost against the year before; a refusal and another year's decision count for nothing. */
    @Test
    void givenDecisionsOfTwoYears_whenStanding_thenKeptFreshAndLost() {
        Records records = records(List.of(
                recognition("v1", 2025, true, T1), recognition("v1", 2026, true, T1),
                recognition("v2", 2025, true, T1), recognition("v2", 2026, false, T1),
                recognition("v3", 2026, true, T1),
                recognition("v4", 2027, true, T1), recognition("x9", 2026, true, T1)), List.of(), List.of(), List.of());

        AreaStanding.DrugFree drugFree = AreaStanding.of("C1", 2026, this::children, List.of("C1"), records).drugFree();

        assertThat(drugFree.children()).isEqualTo(4);
        assertThat(drugFree.recognized()).containsExactly("v1", "v3");
        assertThat(drugFree.kept()).containsExactly("v1");
        assertThat(drugFree.fresh()).containsExactly("v3");
        assertThat(drugFree.lost()).containsExactly("v2");
        assertThat(drugFree.percent()).isEqualByComparingTo("50.0");
        assertThat(drugFree.met()).isNull(); // no target
    }

    /** The latest target known at the moment asked; both sides of it. */
    @ParameterizedTest(name = "known at {0}: target {1}, met {2}")
    @CsvSource(nullValues = "-", value = {"2026-02-28T23:59:59Z, -, -", "2026-03-01T00:00:00Z, 50, true", "2026-05-31T23:59:59Z, 50, true",
            "2026-06-01T00:00:00Z, 75, false", "-, 75, false"})
    void givenTargetsSetAndRaised_whenStandingKnownAtAMoment_thenTheTargetThenInForce(Instant knownAt, Integer target, Boolean met) {
        Records records = records(List.of(recognition("v1", 2026, true, T1), recognition("v2", 2026, true, T1)), List.of(), List.of(),
                List.of(new Target("C1", 2026, 50, T1), new Target("C1", 2026, 75, T2), new Target("C1", 2025, 10, T1)));

        AreaStanding.DrugFree drugFree = AreaStanding.of("C1", 2026, this::children, List.of("C1"), records.knownAt(knownAt)).drugFree();

        assertThat(drugFree.targetPercent()).isEqualTo(target);
        assertThat(drugFree.met()).isEqualTo(met);
    }

    /** A decision recorded after the moment asked is not known then. */
    @Test
    void givenADecisionRecordedLater_whenKnownBefore_thenNotCounted() {
        Records records = records(List.of(recognition("v1", 2026, true, T1), recognition("v3", 2026, true, T2)), List.of(), List.of(),
                List.of());

        assertThat(AreaStanding.of("C1", 2026, this::children, List.of("C1"), records.knownAt(T2.minusSeconds(1))).drugFree().recognized())
                .containsExactly("v1");
        assertThat(AreaStanding.of("C1", 2026, this::children, List.of("C1"), records.knownAt(T2)).drugFree().recognized())
                .containsExactly("v1", "v3");
    }

    /** An area's own facts win; without them its children's (each likewise) are added up; a later record supersedes. */
    @Test
    void givenFactsOfVillagesAndOfACommune_whenStanding_thenOwnFactsElseChildrensAddedUp() {
        Records records = records(List.of(), List.of(), List.of(
                facts("v1", 2026, 100, 90, 1, 1, T1), facts("v1", 2026, 100, 100, 2, 1, T2), facts("v2", 2026, 50, 40, 1, 0, T1),
                facts("v3", 2025, 999, 999, 9, 9, T1), facts("C2", 2026, 70, 70, 1, 1, T1), facts("w1", 2026, 5, 5, 5, 5, T1)), List.of());

        assertThat(AreaStanding.of("C1", 2026, this::children, List.of("C1"), records).facts()).isEqualTo(new Facts(150, 140, 3, 1));
        assertThat(AreaStanding.of("C2", 2026, this::children, List.of("C2"), records).facts()).isEqualTo(new Facts(70, 70, 1, 1));
        assertThat(AreaStanding.of("P", 2026, this::children, List.of("C1", "C2"), records).facts()).isEqualTo(new Facts(220, 210, 4, 2));
        assertThat(AreaStanding.of("C1", 2024, this::children, List.of("C1"), records).facts()).isNull();
    }

    /** The areas behind each fact: those whose own facts are added up, each with its number; they add up to the figure. */
    @Test
    void givenFactsOfVillagesAndOfACommune_whenListed_thenTheAreasAddedUpAndTheirNumbers() {
        Records records = records(List.of(), List.of(), List.of(
                facts("v1", 2026, 100, 90, 1, 1, T1), facts("v1", 2026, 100, 100, 2, 1, T2), facts("v2", 2026, 50, 40, 1, 0, T1),
                facts("C2", 2026, 70, 70, 1, 1, T1), facts("w1", 2026, 5, 5, 5, 5, T1)), List.of());

        Map<String, List<AreaStanding.Counted>> listed = AreaStanding.listed("P", 2026, this::children, List.of("C1", "C2"), records);

        assertThat(listed.get("households")).containsExactly(new AreaStanding.Counted("v1", 100), new AreaStanding.Counted("v2", 50),
                new AreaStanding.Counted("C2", 70)); // C2's own facts, not w1's
        Facts facts = AreaStanding.of("P", 2026, this::children, List.of("C1", "C2"), records).facts();
        assertThat(sum(listed, "households")).isEqualTo(facts.households());
        assertThat(sum(listed, "householdsCommitted")).isEqualTo(facts.householdsCommitted());
        assertThat(sum(listed, "preventionModels")).isEqualTo(facts.preventionModels());
        assertThat(sum(listed, "preventionModels.effective")).isEqualTo(facts.effectivePreventionModels());
    }

    /** The communes behind each key-area type: as many as the type counts. */
    @Test
    void givenApprovedTypes_whenListed_thenTheCommunesOfEachType() {
        Records records = records(List.of(), List.of(
                new Classification("C1", 2026, "TYPE_II", LocalDate.of(2026, 12, 18), T1),
                new Classification("C1", 2026, "TYPE_III", LocalDate.of(2026, 12, 19), T1),
                new Classification("C2", 2026, "TYPE_III", LocalDate.of(2026, 12, 18), T1)), List.of(), List.of());

        Map<String, List<AreaStanding.Counted>> listed = AreaStanding.listed("P", 2026, this::children, List.of("C1", "C2"), records);

        assertThat(listed.get("keyAreaTypes.TYPE_III")).extracting(AreaStanding.Counted::areaCode).containsExactly("C1", "C2");
        assertThat(listed).doesNotContainKey("keyAreaTypes.TYPE_II"); // C1's latest is TYPE_III
    }

    private static long sum(Map<String, List<AreaStanding.Counted>> listed, String figure) {
        return listed.get(figure).stream().mapToLong(AreaStanding.Counted::value).sum();
    }

    /** Each commune by its latest approved type of the year; other years and communes outside not counted. */
    @Test
    void givenApprovedTypes_whenStanding_thenCommunesCountedByTheirLatestTypeOfTheYear() {
        Records records = records(List.of(), List.of(
                new Classification("C1", 2026, "TYPE_II", LocalDate.of(2026, 12, 18), T1),
                new Classification("C1", 2026, "TYPE_III", LocalDate.of(2026, 12, 19), T1),
                new Classification("C2", 2026, "TYPE_III", LocalDate.of(2026, 12, 18), T1),
                new Classification("C2", 2025, "TYPE_I", LocalDate.of(2025, 12, 18), T1),
                new Classification("Q1", 2026, "TYPE_I", LocalDate.of(2026, 12, 18), T1)), List.of(), List.of());

        assertThat(AreaStanding.of("P", 2026, this::children, List.of("C1", "C2"), records).keyAreaTypes()).isEqualTo(Map.of("TYPE_III", 2L));
        assertThat(AreaStanding.of("P", 2025, this::children, List.of("C1", "C2"), records).keyAreaTypes()).isEqualTo(Map.of("TYPE_I", 1L));
    }

    private List<String> children(String code) {
        return TREE.getOrDefault(code, List.of());
    }

    private static Records records(List<Recognition> recognitions, List<Classification> classifications, List<RecordedFacts> facts,
                                   List<Target> targets) {
        return new Records(recognitions, classifications, facts, targets);
    }

    private static Recognition recognition(String code, int year, boolean recognized, Instant recordedAt) {
        return new Recognition(code, year, recognized, LocalDate.of(year, 12, 19), recordedAt);
    }

    private static RecordedFacts facts(String code, int year, long households, long committed, long models, long effective, Instant at) {
        return new RecordedFacts(code, year, new Facts(households, committed, models, effective), at);
    }
}
