package vn.pcmt.assessment.domain.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.assessment.domain.criteria.PersonFact;
import vn.pcmt.assessment.domain.criteria.PersonFact.Category;
import vn.pcmt.assessment.domain.criteria.PersonFact.Treatment;
import vn.pcmt.assessment.domain.facts.TimelineEntry.Kind;

/** How a person stood on a date, on both sides of each entry's day. */
class PersonHistoryTest {

    private static final LocalDate REGISTERED = LocalDate.of(2026, 3, 1);
    private final List<TimelineEntry> entries = new ArrayList<>();

    private PersonHistoryTest registered(String category) {
        entries.add(TimelineEntry.of("e0", 0, Kind.REGISTERED, REGISTERED).category(category).residence("17167", "17167-02"));
        return this;
    }

    private PersonHistoryTest then(Kind kind, String on, java.util.function.UnaryOperator<TimelineEntry> detail) {
        entries.add(detail.apply(TimelineEntry.of("e" + entries.size(), entries.size(), kind, LocalDate.parse(on))));
        return this;
    }

    private Optional<PersonFact> asOf(String date, String area) {
        return new PersonHistory("s-1", entries).asOf(LocalDate.parse(date), area);
    }

    @ParameterizedTest(name = "as of {0} in {1} → listed {2}")
    @CsvSource({"2026-02-28, 17167, false", "2026-03-01, 17167, true", "2026-03-01, 17167-02, true", "2026-03-01, 17167-03, false",
            "2026-05-31, 17167, true", "2026-06-01, 17167, false", "2026-06-01, 17170, true", "2026-05-31, 17170, false"})
    void givenRegisteredThenMoved_whenAskedOnADay_thenListedWhereTheyLivedThatDay(String date, String area, boolean listed) {
        registered("ILLEGAL_USER").then(Kind.MOVED, "2026-06-01", e -> e.residence("17170", "17170-01"));

        assertThat(asOf(date, area).isPresent()).isEqualTo(listed);
    }

    @ParameterizedTest(name = "as of {0} → in community {1}, treatment {2}")
    @CsvSource({"2026-03-31, true, NONE", "2026-04-01, false, COMPULSORY", "2026-09-30, false, COMPULSORY", "2026-10-01, true, NONE"})
    void givenCompulsoryRehab_whenAskedOnADay_thenOutOfTheCommunityUntilItsEndDay(String date, boolean inCommunity, Treatment treatment) {
        registered("ADDICT")
                .then(Kind.TREATMENT_STARTED, "2026-04-01", e -> e.reference("t-1").detail("COMPULSORY"))
                .then(Kind.TREATMENT_ENDED, "2026-10-01", e -> e.reference("t-1").detail("COMPULSORY"));

        PersonFact fact = asOf(date, "17167").orElseThrow();

        assertThat(fact.inCommunity()).isEqualTo(inCommunity);
        assertThat(fact.treatment()).isEqualTo(treatment);
    }

    @ParameterizedTest(name = "as of {0} → {1}")
    @CsvSource({"2026-04-30, ILLEGAL_USER", "2026-05-01, ADDICT"})
    void givenCategoryChanged_whenAskedOnADay_thenTheCategoryOfThatDay(String date, Category category) {
        registered("ILLEGAL_USER").then(Kind.CATEGORY_CHANGED, "2026-05-01", e -> e.category("ADDICT"));

        assertThat(asOf(date, "17167").orElseThrow().category()).isEqualTo(category);
    }

    @ParameterizedTest(name = "as of {0} → listed {1}")
    @CsvSource({"2026-07-31, true", "2026-08-01, false"})
    void givenRemoved_whenAskedOnADay_thenGoneFromTheRemovalDay(String date, boolean listed) {
        registered("ADDICT").then(Kind.LEFT_LIST, "2026-08-01", e -> e);

        assertThat(asOf(date, "17167").isPresent()).isEqualTo(listed);
    }

    @Test
    void givenPositiveTestRetracted_whenAskedAfterIt_thenTheEarlierNegativeTestStands() {
        registered("ILLEGAL_USER")
                .then(Kind.TESTED, "2026-04-01", e -> e.negative(true))
                .then(Kind.TESTED, "2026-05-01", e -> e.negative(false))
                .then(Kind.RETRACTED, "2026-05-03", e -> e.voiding(List.of(2L)));

        PersonFact fact = asOf("2026-06-01", "17167").orElseThrow();

        assertThat(fact.latestTestOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(fact.latestTestNegative()).isTrue();
    }

    @ParameterizedTest(name = "as of {0} → psychosis signs {1}")
    @CsvSource({"2026-03-09, false", "2026-03-10, true", "2026-06-09, true", "2026-06-10, false"})
    void givenPsychosisFlagRaisedThenCleared_whenAskedOnADay_thenFlaggedBetween(String date, boolean flagged) {
        registered("ADDICT")
                .then(Kind.FLAG_RAISED, "2026-03-10", e -> e.detail("PSYCHOSIS_SIGNS"))
                .then(Kind.FLAG_RAISED, "2026-03-11", e -> e.detail("NO_STABLE_RESIDENCE"))
                .then(Kind.FLAG_CLEARED, "2026-06-10", e -> e.detail("PSYCHOSIS_SIGNS"));

        assertThat(asOf(date, "17167").orElseThrow().psychosisSigns()).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "as of {0} → watched {1}")
    @CsvSource({"2026-03-09, false", "2026-03-10, true", "2027-03-09, true", "2027-03-10, false"})
    void givenManagementPeriod_whenAskedOnADay_thenWatchedWithinIt(String date, boolean watched) {
        registered("ILLEGAL_USER").then(Kind.MANAGEMENT_STARTED, "2026-03-10", e -> e.detail("2027-03-09"));

        assertThat(asOf(date, "17167").orElseThrow().watched()).isEqualTo(watched);
    }

    @Test
    void givenReleasedOffender_whenAsked_thenNoneOfTheCriteriaCategories() {
        registered("RELEASED_OFFENDER");

        assertThat(asOf("2026-06-01", "17167")).isEmpty();
    }
}
