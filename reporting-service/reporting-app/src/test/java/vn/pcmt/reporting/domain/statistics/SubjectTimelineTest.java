package vn.pcmt.reporting.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.reporting.domain.statistics.SubjectEntry.Kind;

class SubjectTimelineTest {

    static final Instant RECORDED = Instant.parse("2026-07-01T00:00:00Z");
    static final Instant CORRECTED = Instant.parse("2026-08-01T00:00:00Z");
    static final Instant RETRACTED = Instant.parse("2026-09-01T00:00:00Z");

    /**
     * Found 1/3 in 17167-01 (a FEMALE born 1990), treated 10/3–10/4, moved 1/5 to 17170-02, managed to 1/9, flagged 1/6,
     * removed 1/10; corrected to MALE born 1991 (recorded 1/8); the move retracted (recorded 1/9) in the last case only.
     */
    static List<SubjectEntry> history(boolean moveRetracted) {
        List<SubjectEntry> entries = new ArrayList<>(List.of(
                entry(1, Kind.REGISTERED, "2026-03-01", RECORDED, "17167", "17167-01", "ILLEGAL_USER", "FEMALE", 1990, null, null),
                entry(2, Kind.TREATMENT_STARTED, "2026-03-10", RECORDED, null, null, null, null, null, "t-1", "VOLUNTARY_HOME"),
                entry(3, Kind.TREATMENT_ENDED, "2026-04-10", RECORDED, null, null, null, null, null, "t-1", null),
                entry(4, Kind.MOVED, "2026-05-01", RECORDED, "17170", "17170-02", null, null, null, null, null),
                entry(5, Kind.MANAGEMENT_STARTED, "2026-03-01", RECORDED, null, null, null, null, null, null, "2026-09-01"),
                entry(6, Kind.FLAG_RAISED, "2026-06-01", RECORDED, null, null, null, null, null, "PSYCHOSIS_SIGNS", null),
                entry(7, Kind.LEFT_LIST, "2026-10-01", RECORDED, null, null, null, null, null, null, null),
                entry(8, Kind.CORRECTED, "2026-08-01", CORRECTED, null, null, null, "MALE", 1991, null, null)));
        if (moveRetracted) {
            entries.add(new SubjectEntry("s-1", 9, Kind.RETRACTED, LocalDate.parse("2026-09-01"), RETRACTED, "17167", null, null, null,
                    null, null, null, null, List.of(4L)));
        }
        return entries;
    }

    @ParameterizedTest(name = "as of {0}, known at {1}, move retracted {2}: on list {3}, {4}/{5}, {6} {7}, treated {8}, managed {9}, flagged {10}")
    @CsvSource(nullValues = "-", value = {
            "2026-02-28, -,                    false, false, -,     -,        -,      -,    false, false, false",
            "2026-03-01, -,                    false, true,  17167, 17167-01, MALE,   1991, false, true,  false",
            "2026-04-09, -,                    false, true,  17167, 17167-01, MALE,   1991, true,  true,  false",
            "2026-04-10, -,                    false, true,  17167, 17167-01, MALE,   1991, false, true,  false",
            "2026-04-30, -,                    false, true,  17167, 17167-01, MALE,   1991, false, true,  false",
            "2026-05-01, -,                    false, true,  17170, 17170-02, MALE,   1991, false, true,  false",
            "2026-06-01, -,                    false, true,  17170, 17170-02, MALE,   1991, false, true,  true",
            "2026-09-01, -,                    false, true,  17170, 17170-02, MALE,   1991, false, true,  true",
            "2026-09-02, -,                    false, true,  17170, 17170-02, MALE,   1991, false, false, true",
            "2026-09-30, -,                    false, true,  17170, 17170-02, MALE,   1991, false, false, true",
            "2026-10-01, -,                    false, false, -,     -,        -,      -,    false, false, false",
            "2026-05-01, 2026-07-31T23:59:59Z, false, true,  17170, 17170-02, FEMALE, 1990, false, true,  false",
            "2026-05-01, 2026-08-01T00:00:00Z, false, true,  17170, 17170-02, MALE,   1991, false, true,  false",
            "2026-05-01, 2026-08-31T23:59:59Z, true,  true,  17170, 17170-02, MALE,   1991, false, true,  false",
            "2026-05-01, -,                    true,  true,  17167, 17167-01, MALE,   1991, false, true,  false",
            "2026-05-01, 2026-06-30T23:59:59Z, false, false, -,     -,        -,      -,    false, false, false",
    })
    void givenAHistory_whenFoldedToADayAsKnownAtAMoment_thenHowTheSubjectStood(LocalDate asOf, Instant knownAt, boolean moveRetracted,
                                                                             boolean onList, String commune, String village, String sex,
                                                                             Integer birthYear, boolean treated, boolean managed,
                                                                             boolean flagged) {
        Optional<SubjectStatus> status = SubjectTimeline.statusOn(history(moveRetracted), asOf, knownAt);

        assertThat(status.isPresent()).isEqualTo(onList);
        status.ifPresent(s -> {
            assertThat(s.communeCode()).isEqualTo(commune);
            assertThat(s.villageCode()).isEqualTo(village);
            assertThat(s.sex()).isEqualTo(sex);
            assertThat(s.birthYear()).isEqualTo(birthYear);
            assertThat(s.treatments().contains("VOLUNTARY_HOME")).isEqualTo(treated);
            assertThat(s.managed()).isEqualTo(managed);
            assertThat(s.flags().contains("PSYCHOSIS_SIGNS")).isEqualTo(flagged);
            assertThat(s.category()).isEqualTo("ILLEGAL_USER");
        });
    }

    @ParameterizedTest(name = "{0}..{1}: treated {2}")
    @CsvSource({"2026-01-01, 2026-03-09, false", "2026-01-01, 2026-03-10, true", "2026-04-09, 2026-06-30, true",
            "2026-04-10, 2026-06-30, false"})
    void givenATreatmentFromTenthOfMarchToTenthOfApril_whenAPeriodAsked_thenTreatedIfItRanInThePeriod(LocalDate from, LocalDate to,
                                                                                                      boolean treated) {
        assertThat(SubjectTimeline.treatedBetween(history(false), from, to, null)).isEqualTo(treated);
    }

    static SubjectEntry entry(long version, Kind kind, String on, Instant recordedAt, String commune, String village, String category,
                              String sex, Integer birthYear, String reference, String detail) {
        return new SubjectEntry("s-1", version, kind, LocalDate.parse(on), recordedAt, commune, commune, village, category, sex, birthYear,
                reference, detail, List.of());
    }
}
