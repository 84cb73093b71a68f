package vn.pcmt.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.registry.domain.event.AddictionDetermined;
import vn.pcmt.registry.domain.event.ResidenceChecked;
import vn.pcmt.registry.domain.event.SubjectMoved;
import vn.pcmt.registry.domain.event.SubjectRemoved;

/** The due dates and groupings lists and counts are built on. */
class SubjectFileTest {

    private static final String ID = "s-1";

    @ParameterizedTest(name = "last test {0} → due {1}, overdue on 2026-06-01: {2}")
    @CsvSource({"2026-05-02, 2026-06-01, false", "2026-05-01, 2026-05-31, true"})
    void givenLastTest_whenNextTestDue_thenThirtyDaysLater(LocalDate lastTest, LocalDate due, boolean overdueOnFirstJune) {
        SubjectFile file = SubjectFile.registered(Subjects.registered(ID, Category.SUSPECTED))
                .apply(Subjects.negativeTest(ID, lastTest));

        assertThat(file.nextTestDueOn()).contains(due);
        assertThat(file.nextTestDueOn().filter(d -> d.isBefore(LocalDate.of(2026, 6, 1))).isPresent()).isEqualTo(overdueOnFirstJune);
    }

    @Test
    void givenNeverTested_whenNextTestDue_thenThirtyDaysAfterBeingFound() {
        SubjectFile file = SubjectFile.registered(Subjects.registered(ID, Category.SUSPECTED));

        assertThat(file.nextTestDueOn()).contains(Subjects.FOUND.plusDays(30));
    }

    @Test
    void givenCompulsoryRehabOrReleasedOffenderOrRemoved_whenNextTestDue_thenNone() {
        SubjectFile inFacility = SubjectFile.registered(Subjects.registered(ID, Category.ADDICT))
                .apply(Subjects.treatmentStarted(ID, "tr-1", TreatmentKind.COMPULSORY, LocalDate.of(2026, 5, 1)));
        SubjectFile released = SubjectFile.registered(Subjects.registered(ID, Category.RELEASED_OFFENDER));
        SubjectFile removed = SubjectFile.registered(Subjects.registered(ID, Category.SUSPECTED))
                .apply(new SubjectRemoved(ID, RemovalReason.DEATH, LocalDate.of(2026, 5, 1), null));

        assertThat(List.of(inFacility.nextTestDueOn(), released.nextTestDueOn(), removed.nextTestDueOn()))
                .containsOnly(Optional.empty());
    }

    @ParameterizedTest(name = "checked {0}, asked {1} → due {2}")
    @CsvSource({
            "'', 2026-05-20, 2026-06-15",            // never checked: a month after the decision
            "2026-06-10, 2026-06-20, 2026-07-10",
            "2026-05-01, 2026-06-20, 2026-06-15",    // a check before the period does not count
            "2026-06-10, 2027-05-14, 2026-07-10",    // last day of management: still due
    })
    void givenManagement_whenResidenceCheckDue_thenMonthAfterLastCheckInThePeriod(String checkedOn, LocalDate asked, LocalDate due) {
        SubjectFile file = SubjectFile.registered(Subjects.registered(ID, Category.ILLEGAL_USER))
                .apply(Subjects.managed(ID, ManagementKind.ILLEGAL_USER, LocalDate.of(2026, 5, 15)));
        if (!checkedOn.isEmpty()) {
            file.apply(new ResidenceChecked(ID, LocalDate.parse(checkedOn), null));
        }

        assertThat(file.nextResidenceCheckDueOn(asked)).contains(due);
    }

    @Test
    void givenManagementOver_whenResidenceCheckDue_thenNone() {
        SubjectFile file = SubjectFile.registered(Subjects.registered(ID, Category.ILLEGAL_USER))
                .apply(Subjects.managed(ID, ManagementKind.ILLEGAL_USER, LocalDate.of(2026, 5, 15)));

        assertThat(file.nextResidenceCheckDueOn(LocalDate.of(2027, 5, 15))).isEmpty();
    }

    @ParameterizedTest(name = "voluntary rehab started {0} (due 2026-05-06) → pending: {1}")
    @CsvSource({"'', true", "2026-05-06, false", "2026-05-07, true"})
    void givenNotifiedAddict_whenVoluntaryRehabDeadline_thenPendingUntilRegisteredByIt(String startedOn, boolean pending) {
        SubjectFile file = SubjectFile.registered(Subjects.registered(ID, Category.ADDICT))
                .apply(new AddictionDetermined(ID, LocalDate.of(2026, 4, 24), "TTYT", true, LocalDate.of(2026, 4, 24),
                        LocalDate.of(2026, 5, 6)));
        if (!startedOn.isEmpty()) {
            file.apply(Subjects.treatmentStarted(ID, "tr-1", TreatmentKind.VOLUNTARY_COMMUNITY, LocalDate.parse(startedOn)));
        }

        assertThat(file.voluntaryRehabDeadlinePending().isPresent()).isEqualTo(pending);
    }

    @Test
    void givenMove_whenResidenceAsked_thenOldVillageUntilTheDayBeforeAndNewFromTheDay() {
        LocalDate moved = LocalDate.of(2026, 8, 1);
        Residence to = new Residence(Subjects.OTHER_COMMUNE, Subjects.OTHER_VILLAGE, null);
        SubjectFile file = SubjectFile.registered(Subjects.registered(ID, Category.ILLEGAL_USER))
                .apply(new SubjectMoved(ID, new Residence(Subjects.COMMUNE, Subjects.VILLAGE, "Thôn 3"), to, moved, moved, false));

        assertThat(file.residenceOn(moved.minusDays(1)).orElseThrow().residence().communeCode()).isEqualTo(Subjects.COMMUNE);
        assertThat(file.residenceOn(moved).orElseThrow().residence().communeCode()).isEqualTo(Subjects.OTHER_COMMUNE);
        assertThat(file.residence()).isEqualTo(to);
    }

    @Test
    void givenRetraction_whenFolded_thenTheRetractedChangesAreLeftOut() {
        LocalDate on = LocalDate.of(2026, 4, 10);
        SubjectFile file = SubjectFile.fold(Subjects.registered(ID, Category.SUSPECTED), List.of(
                new RecordedChange(1, "c-1", Subjects.positiveTest(ID, on)),
                new RecordedChange(2, "c-1", Subjects.becameUser(ID, on)),
                new RecordedChange(3, "c-2", Subjects.negativeTest(ID, on.plusDays(1))),
                new RecordedChange(4, "c-3", new vn.pcmt.registry.domain.event.EntryRetracted(ID, List.of(1L, 2L), "Nhầm", on.plusDays(2)))));

        assertThat(file.category()).isEqualTo(Category.SUSPECTED);
        assertThat(file.tests()).extracting(SubjectFile.DrugTest::result).containsExactly(TestResult.NEGATIVE);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"SUSPECTED, SUSPECTED", "ILLEGAL_USER, OPERATIONAL", "RELEASED_OFFENDER, OPERATIONAL"})
    void givenNoMeasure_whenBasis_thenSuspectedOrOperational(Category category, ManagementBasis basis) {
        assertThat(SubjectFile.registered(Subjects.registered(ID, category)).basisOn(LocalDate.of(2026, 5, 1))).isEqualTo(basis);
    }

    @ParameterizedTest(name = "substitution from 2026-05-01, on {0} → {1}")
    @CsvSource({"2026-04-30, OPERATIONAL", "2026-05-01, LEGAL"})
    void givenTherapy_whenBasis_thenLegalFromItsStart(LocalDate on, ManagementBasis basis) {
        SubjectFile file = SubjectFile.registered(Subjects.registered(ID, Category.ADDICT))
                .apply(Subjects.treatmentStarted(ID, "tr-1", TreatmentKind.SUBSTITUTION, LocalDate.of(2026, 5, 1)));

        assertThat(file.basisOn(on)).isEqualTo(basis);
    }
}
