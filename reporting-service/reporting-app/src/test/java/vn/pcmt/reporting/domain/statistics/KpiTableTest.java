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
    }

    @Test
    void givenTheFiguresOfAPeriod_whenTabled_thenTheSeedsTargets() {
        List<SubjectStatus> atEnd = List.of(status("ADDICT"), status("ILLEGAL_USER"), status("ILLEGAL_USER"), status("ADDICT"),
                status("ADDICT"), status("POST_REHAB"));

        List<Kpi> table = KpiTable.of(atEnd, 4, 10, 8, new Transformations(5, 3, 1));

        assertThat(table).extracting(Kpi::id).containsExactly("TREATMENT_REACH", "HOTSPOTS_ELIMINATED", "KEY_AREAS_TRANSFORMED",
                "TRANSFORMED_NOT_RELAPSING");
        assertThat(table).extracting(Kpi::denominator).containsExactly(5L, 10L, 5L, 3L); // post-rehab persons are not counted
        assertThat(table).extracting(Kpi::met).containsExactly(true, true, true, false);
    }

    private static SubjectStatus status(String category) {
        return new SubjectStatus("s", "17167", null, category, "MALE", 1990, Set.of(), Set.of(), LocalDate.of(2026, 1, 1), null, false);
    }
}
