package vn.pcmt.cases.domain;

import static vn.pcmt.cases.domain.Refusals.refusal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.cases.domain.command.EndCompulsoryRehab;
import vn.pcmt.cases.domain.command.ExecuteDecision;
import vn.pcmt.cases.domain.command.NotifyPerson;
import vn.pcmt.cases.domain.command.PrepareRehabDossier;
import vn.pcmt.cases.domain.command.RecordCourtDecision;
import vn.pcmt.cases.domain.command.ReturnDossier;
import vn.pcmt.cases.domain.command.SendDossierToCourt;
import vn.pcmt.cases.domain.command.WithdrawDossier;
import vn.pcmt.cases.domain.event.CompulsoryRehabFinished;
import vn.pcmt.cases.domain.event.CourtDecisionRecorded;
import vn.pcmt.cases.domain.event.DecisionExecuted;
import vn.pcmt.cases.domain.event.DossierReturned;
import vn.pcmt.cases.domain.event.DossierSentToCourt;
import vn.pcmt.cases.domain.event.DossierWithdrawn;
import vn.pcmt.cases.domain.event.PersonNotified;
import vn.pcmt.cases.domain.event.RehabDossierPrepared;
import vn.pcmt.platform.problem.Refusal;

/** TTLT 03/2025 step by step, with every deadline's edge on both sides (working days, Vietnamese holidays). */
class RehabDossierTest {

    private static final String ID = "d-1";
    private static final String SUBJECT = "s-1";
    private static final LocalDate PREPARED = LocalDate.of(2026, 4, 20);
    private AggregateTestFixture<RehabDossier> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RehabDossier.class);
        fixture.registerInjectableResource((SubjectDirectory) subject -> Optional.ofNullable(
                Map.of(SUBJECT, new Residence("17167", "17167-02")).get(subject)));
    }

    @Test
    void givenSubjectNotOnTheRegistry_whenPrepared_thenSubjectUnknown() {
        fixture.givenNoPriorActivity()
                .when(new PrepareRehabDossier(ID, "s-9", "17167", PREPARED, PREPARED.minusDays(3), true, PREPARED, true, false))
                .expectNoEvents()
                .expectException(refusal("SUBJECT_UNKNOWN"));
    }

    @Test
    void givenSubjectLivingInAnotherCommune_whenPrepared_thenNotResident() {
        fixture.givenNoPriorActivity()
                .when(new PrepareRehabDossier(ID, SUBJECT, "17170", PREPARED, PREPARED.minusDays(3), true, PREPARED, true, false))
                .expectNoEvents()
                .expectException(refusal("SUBJECT_NOT_RESIDENT"));
    }

    @Test
    void givenCompleteChecklist_whenPrepared_thenDossierPrepared() {
        fixture.givenNoPriorActivity()
                .when(prepare(PREPARED.minusMonths(6), false))
                .expectEvents(prepared(PREPARED.minusMonths(6), false));
    }

    @Test
    void givenAddictionProofOneDayOverSixMonths_whenPrepared_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(prepare(PREPARED.minusMonths(6).minusDays(1), false))
                .expectNoEvents()
                .expectException(refusal("ADDICTION_PROOF_TOO_OLD"));
    }

    @Test
    void givenNoStatementNorCvSummary_whenPrepared_thenIncompleteNamingBoth() {
        fixture.givenNoPriorActivity()
                .when(new PrepareRehabDossier(ID, SUBJECT, "17167", PREPARED, PREPARED.minusDays(3), false, PREPARED, false, false))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof Refusal r && r.code().equals("DOSSIER_INCOMPLETE")
                        && r.errors().size() == 2));
    }

    @Test
    void givenPrepared_whenNotifiedOnFridayBeforeTheHolidays_thenReadingAndSendingDeadlinesSkipThem() {
        // Friday 24/4/2026: Monday 27/4 (Hùng Kings, compensated), 30/4 and 1/5 are holidays
        LocalDate notified = LocalDate.of(2026, 4, 24);
        fixture.given(prepared(PREPARED, false))
                .when(new NotifyPerson(ID, null, notified))
                .expectEvents(new PersonNotified(ID, notified, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5)));
    }

    @ParameterizedTest(name = "sent {0} → {1}")
    @CsvSource({"2026-05-04, READING", "2026-05-05, ON_TIME", "2026-05-06, LATE"})
    void givenNotified_whenSent_thenNotBeforeReadingEndsAndLateAfterOneWorkingDay(LocalDate sentOn, String expected) {
        var given = fixture.given(prepared(PREPARED, false), notified());
        if (expected.equals("READING")) {
            given.when(new SendDossierToCourt(ID, null, sentOn))
                    .expectNoEvents()
                    .expectException(refusal("READING_PERIOD_NOT_OVER"));
        } else {
            given.when(new SendDossierToCourt(ID, null, sentOn))
                    .expectEvents(new DossierSentToCourt(ID, sentOn, expected.equals("LATE")));
        }
    }

    @ParameterizedTest(name = "decided {0}, repeat {1}, {2} months → regular {3}")
    @CsvSource({
            "2026-06-30, false, 11, false", "2026-06-30, false, 12, true", "2026-06-30, false, 24, true",
            "2026-06-30, false, 25, false", "2026-06-30, true, 24, true",
            "2026-07-01, false, 24, true", "2026-07-01, false, 36, false", "2026-07-01, false, 12, false",
            "2026-07-01, true, 36, true", "2026-07-01, true, 24, false"})
    void givenLawOfTheDecisionDay_whenTermRecorded_thenRecordedAndFlaggedWhenTheLawDoesNotAllowIt(LocalDate decidedOn,
                                                                                                boolean repeat, int months,
                                                                                                boolean regular) {
        fixture.given(prepared(PREPARED, repeat), notified(), new DossierSentToCourt(ID, LocalDate.of(2026, 5, 5), false))
                .when(new RecordCourtDecision(ID, null, "12/2026/QĐ-TA", decidedOn, decidedOn, true, months))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.predicate(e -> e instanceof CourtDecisionRecorded d && d.months() == months
                                && (d.irregularTerm() == null) == regular),
                        Matchers.andNoMore())));
    }

    @ParameterizedTest(name = "received {0} → execute by {1}")
    @CsvSource({
            "2026-05-20, 2026-05-25",   // Wednesday + 5 days = Monday
            "2026-05-22, 2026-05-27",   // Friday + 5 = Wednesday
            "2026-04-25, 2026-05-04",   // + 5 = 30/4, a holiday, then 1/5 and the weekend: Monday 4/5
            "2026-05-21, 2026-05-26"})  // + 5 = Tuesday
    void givenAcceptedDecision_whenRecorded_thenExecutionDueFiveDaysAfterReceiptOnAWorkingDay(LocalDate receivedOn,
                                                                                            LocalDate dueOn) {
        LocalDate decided = LocalDate.of(2026, 4, 24);
        fixture.given(prepared(PREPARED, false), notified(), new DossierSentToCourt(ID, LocalDate.of(2026, 4, 24), false))
                .when(new RecordCourtDecision(ID, null, "12/2026/QĐ-TA", decided, receivedOn, true, 18))
                .expectEvents(new CourtDecisionRecorded(ID, "12/2026/QĐ-TA", decided, receivedOn, true, 18, dueOn, null));
    }

    @Test
    void givenProofFineAtPreparation_whenSentMoreThanSixMonthsAfterIt_thenRefused() {
        LocalDate proof = LocalDate.of(2025, 11, 20);
        fixture.given(prepared(proof, false), notified())
                .when(new SendDossierToCourt(ID, null, LocalDate.of(2026, 5, 21)))
                .expectNoEvents()
                .expectException(refusal("ADDICTION_PROOF_TOO_OLD"));
    }

    @Test
    void givenSent_whenCourtRejects_thenRecordedWithoutTermOrDeadline() {
        LocalDate on = LocalDate.of(2026, 5, 20);
        fixture.given(prepared(PREPARED, false), notified(), new DossierSentToCourt(ID, LocalDate.of(2026, 5, 5), false))
                .when(new RecordCourtDecision(ID, null, "13/2026/QĐ-TA", on, on, false, null))
                .expectEvents(new CourtDecisionRecorded(ID, "13/2026/QĐ-TA", on, on, false, null, null, null));
    }

    @ParameterizedTest(name = "due 2026-05-25, executed {0} → late {1}")
    @CsvSource({"2026-05-25, false", "2026-05-26, true"})
    void givenAccepted_whenExecuted_thenLateAfterTheDueDay(LocalDate executedOn, boolean late) {
        fixture.given(prepared(PREPARED, false), notified(), new DossierSentToCourt(ID, LocalDate.of(2026, 5, 5), false),
                        new CourtDecisionRecorded(ID, "12/2026/QĐ-TA", LocalDate.of(2026, 5, 19), LocalDate.of(2026, 5, 20), true, 18,
                                LocalDate.of(2026, 5, 25), null))
                .when(new ExecuteDecision(ID, null, executedOn, "Cơ sở cai nghiện số 1"))
                .expectEvents(new DecisionExecuted(ID, SUBJECT, "17167", executedOn, "Cơ sở cai nghiện số 1", 18, late));
    }

    @Test
    void givenRejected_whenExecuted_thenStageOrderRefused() {
        fixture.given(prepared(PREPARED, false), notified(), new DossierSentToCourt(ID, LocalDate.of(2026, 5, 5), false),
                        new CourtDecisionRecorded(ID, "13/2026/QĐ-TA", LocalDate.of(2026, 5, 19), LocalDate.of(2026, 5, 20), false, null, null, null))
                .when(new ExecuteDecision(ID, null, LocalDate.of(2026, 5, 21), "Cơ sở cai nghiện số 1"))
                .expectNoEvents()
                .expectException(refusal("STAGE_ORDER"));
    }

    @Test
    void givenPrepared_whenSentBeforeNotice_thenStageOrderRefused() {
        fixture.given(prepared(PREPARED, false))
                .when(new SendDossierToCourt(ID, null, LocalDate.of(2026, 5, 5)))
                .expectNoEvents()
                .expectException(refusal("STAGE_ORDER"));
    }

    @Test
    void givenExecuted_whenEndedBeforeEntry_thenDateOrderRefused_andOnTheDayEnded() {
        LocalDate executed = LocalDate.of(2026, 5, 27);
        var history = new Object[] {prepared(PREPARED, false), notified(), new DossierSentToCourt(ID, LocalDate.of(2026, 5, 5), false),
                new CourtDecisionRecorded(ID, "12/2026/QĐ-TA", LocalDate.of(2026, 5, 19), LocalDate.of(2026, 5, 20), true, 18,
                        LocalDate.of(2026, 5, 25), null),
                new DecisionExecuted(ID, SUBJECT, "17167", executed, "Cơ sở cai nghiện số 1", 18, false)};
        fixture.given(history)
                .when(new EndCompulsoryRehab(ID, null, executed.minusDays(1), RehabOutcome.COMPLETED))
                .expectNoEvents()
                .expectException(refusal("DATE_ORDER"));
        fixture.given(history)
                .when(new EndCompulsoryRehab(ID, null, executed, RehabOutcome.EXPELLED))
                .expectEvents(new CompulsoryRehabFinished(ID, SUBJECT, "17167", executed, RehabOutcome.EXPELLED));
    }

    @ParameterizedTest(name = "sent again {0} → {1}")
    @CsvSource({"2026-05-19, DATE_ORDER", "2026-06-01, SENT", "2026-10-20, SENT", "2026-10-21, ADDICTION_PROOF_TOO_OLD"})
    void givenReturnedByTheCourt_whenSentAgain_thenAfterTheReturnAndWithARecentProof(LocalDate on, String expected) {
        var when = fixture.given(prepared(PREPARED, false), notified(), new DossierSentToCourt(ID, LocalDate.of(2026, 5, 5), true),
                        new DossierReturned(ID, LocalDate.of(2026, 5, 20), "Thiếu bản tường trình"))
                .when(new SendDossierToCourt(ID, null, on));
        if (expected.equals("SENT")) {
            when.expectEvents(new DossierSentToCourt(ID, on, false)); // no deadline for sending a completed dossier again
        } else {
            when.expectNoEvents().expectException(refusal(expected));
        }
    }

    @Test
    void givenSentDossier_whenTheCourtReturnsIt_thenReturnedWithTheReason() {
        fixture.given(prepared(PREPARED, false), notified(), new DossierSentToCourt(ID, LocalDate.of(2026, 5, 5), false))
                .when(new ReturnDossier(ID, null, LocalDate.of(2026, 5, 20), " Thiếu bản tường trình "))
                .expectEvents(new DossierReturned(ID, LocalDate.of(2026, 5, 20), "Thiếu bản tường trình"));
    }

    @Test
    void givenNotifiedDossier_whenTheCourtReturnsIt_thenStageOrder() {
        fixture.given(prepared(PREPARED, false), notified())
                .when(new ReturnDossier(ID, null, LocalDate.of(2026, 5, 20), "x"))
                .expectNoEvents()
                .expectException(refusal("STAGE_ORDER"));
    }

    @Test
    void givenNotifiedDossier_whenWithdrawn_thenWithdrawnFromItsStage() {
        fixture.given(prepared(PREPARED, false), notified())
                .when(new WithdrawDossier(ID, null, LocalDate.of(2026, 4, 27), "Đối tượng tự nguyện cai nghiện tại cơ sở"))
                .expectEvents(new DossierWithdrawn(ID, DossierStage.NOTIFIED, LocalDate.of(2026, 4, 27),
                        "Đối tượng tự nguyện cai nghiện tại cơ sở"));
    }

    @Test
    void givenCourtDecided_whenWithdrawn_thenStageOrder() {
        fixture.given(prepared(PREPARED, false), notified(), new DossierSentToCourt(ID, LocalDate.of(2026, 5, 5), false),
                        new CourtDecisionRecorded(ID, "13/2026/QĐ-TA", LocalDate.of(2026, 5, 19), LocalDate.of(2026, 5, 19), false, null,
                                null, null))
                .when(new WithdrawDossier(ID, null, LocalDate.of(2026, 5, 25), "x"))
                .expectNoEvents()
                .expectException(refusal("STAGE_ORDER"));
    }

    @ParameterizedTest(name = "withdrawn {0} → allowed {1}")
    @CsvSource({"2026-05-19, false", "2026-05-20, true"})
    void givenReturnedDossier_whenWithdrawn_thenNotBeforeTheReturn(LocalDate on, boolean allowed) {
        var when = fixture.given(prepared(PREPARED, false), notified(), new DossierSentToCourt(ID, LocalDate.of(2026, 5, 5), false),
                        new DossierReturned(ID, LocalDate.of(2026, 5, 20), "Thiếu bản tường trình"))
                .when(new WithdrawDossier(ID, null, on, "Đối tượng đã chết"));
        if (allowed) {
            when.expectEvents(new DossierWithdrawn(ID, DossierStage.RETURNED, on, "Đối tượng đã chết"));
        } else {
            when.expectNoEvents().expectException(refusal("DATE_ORDER"));
        }
    }

    @Test
    void givenSubjectWithoutStableResidence_whenPreparedWhereTheViolationHappened_thenPrepared() {
        fixture = new AggregateTestFixture<>(RehabDossier.class);
        fixture.registerInjectableResource(new SubjectDirectory() {
            @Override
            public Optional<Residence> residenceOf(String subjectId) {
                return Optional.of(new Residence("17170", null));
            }

            @Override
            public boolean withoutStableResidence(String subjectId) {
                return true;
            }
        });
        fixture.givenNoPriorActivity()
                .when(prepare(PREPARED, false))
                .expectEvents(prepared(PREPARED, false)); // prepared in 17167 though registered in 17170
    }

    private static PersonNotified notified() {
        return new PersonNotified(ID, LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5));
    }

    private static PrepareRehabDossier prepare(LocalDate addictionProofOn, boolean repeat) {
        return new PrepareRehabDossier(ID, SUBJECT, "17167", PREPARED, PREPARED.minusDays(3), true, addictionProofOn, true, repeat);
    }

    private static RehabDossierPrepared prepared(LocalDate addictionProofOn, boolean repeat) {
        return new RehabDossierPrepared(ID, SUBJECT, "17167", PREPARED, PREPARED.minusDays(3), addictionProofOn, repeat);
    }
}
