package vn.pcmt.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Criminal Code Art. 256a, each edge on both sides. */
class Article256aTest {

    private static final String ID = "s-1";

    @ParameterizedTest(name = "substitution from 2025-05-01, tested {0} → {1}")
    @CsvSource({
            "2025-06-30, false",   // on therapy, but Art. 256a is not yet in force
            "2025-07-01, true"})
    void givenOngoingTherapy_whenTestedAroundEntryIntoForce_thenAppliesFromFirstJuly2025(LocalDate testedOn, boolean applies) {
        SubjectFile file = addict().apply(Subjects.treatmentStarted(ID, "tr-1", TreatmentKind.SUBSTITUTION, LocalDate.of(2025, 5, 1)));

        assertThat(Article256a.assess(file, testedOn).applies()).isEqualTo(applies);
    }

    @ParameterizedTest(name = "voluntary rehab from 2026-03-10, tested {0} → {1}")
    @CsvSource({"2026-03-09, false", "2026-03-10, true"})
    void givenRehabStarting_whenTestedTheDayBeforeOrOnTheStart_thenOnlyFromTheStart(LocalDate testedOn, boolean applies) {
        SubjectFile file = addict().apply(Subjects.treatmentStarted(ID, "tr-1", TreatmentKind.VOLUNTARY_HOME, LocalDate.of(2026, 3, 10)));

        assertThat(Article256a.assess(file, testedOn).applies()).isEqualTo(applies);
    }

    @ParameterizedTest(name = "therapy quit 2026-01-15, tested {0} → {1}")
    @CsvSource({"2026-01-15, true", "2028-01-15, true", "2028-01-16, false"})
    void givenTherapyQuit_whenTestedAroundTwoYearsLater_thenAppliesForTwoYears(LocalDate testedOn, boolean applies) {
        SubjectFile file = addict()
                .apply(Subjects.treatmentStarted(ID, "tr-1", TreatmentKind.SUBSTITUTION, LocalDate.of(2025, 9, 1)))
                .apply(Subjects.treatmentEnded(ID, "tr-1", TreatmentKind.SUBSTITUTION, LocalDate.of(2026, 1, 15), TreatmentOutcome.QUIT));

        var assessment = Article256a.assess(file, testedOn);

        assertThat(assessment.applies()).isEqualTo(applies);
        if (applies) {
            assertThat(assessment.reasons()).anyMatch(r -> r.contains("02 năm") && r.contains("2026-01-15"));
        }
    }

    @ParameterizedTest(name = "post-rehab management 2026-02-01..2027-01-31, tested {0} → {1}")
    @CsvSource({"2026-01-31, false", "2026-02-01, true", "2027-01-31, true", "2029-01-31, true", "2029-02-01, false"})
    void givenPostRehabManagement_whenTestedAroundItAndTwoYearsAfter_thenAppliesInsideOnly(LocalDate testedOn, boolean applies) {
        SubjectFile file = SubjectFile.registered(Subjects.registered(ID, Category.POST_REHAB))
                .apply(Subjects.managed(ID, ManagementKind.POST_REHAB, LocalDate.of(2026, 2, 1)));

        assertThat(Article256a.assess(file, testedOn).applies()).isEqualTo(applies);
    }

    @ParameterizedTest(name = "illegal-user management only, tested {0} → false")
    @CsvSource({"2026-05-01", "2026-12-01"})
    void givenOnlyIllegalUserManagement_whenTested_thenDoesNotApply(LocalDate testedOn) {
        SubjectFile file = SubjectFile.registered(Subjects.registered(ID, Category.ILLEGAL_USER))
                .apply(Subjects.managed(ID, ManagementKind.ILLEGAL_USER, LocalDate.of(2026, 4, 15)));

        var assessment = Article256a.assess(file, testedOn);

        assertThat(assessment.applies()).isFalse();
        assertThat(assessment.reasons()).hasSize(1);
    }

    private static SubjectFile addict() {
        return SubjectFile.registered(Subjects.registered(ID, Category.ADDICT));
    }
}
