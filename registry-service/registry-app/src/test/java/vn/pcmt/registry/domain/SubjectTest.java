package vn.pcmt.registry.domain;

import static vn.pcmt.registry.domain.Subjects.BORN;
import static vn.pcmt.registry.domain.Subjects.COMMUNE;
import static vn.pcmt.registry.domain.Subjects.OTHER_COMMUNE;
import static vn.pcmt.registry.domain.Subjects.OTHER_VILLAGE;
import static vn.pcmt.registry.domain.Subjects.VILLAGE;
import static vn.pcmt.registry.domain.Subjects.becameUser;
import static vn.pcmt.registry.domain.Subjects.managed;
import static vn.pcmt.registry.domain.Subjects.positiveTest;
import static vn.pcmt.registry.domain.Subjects.registered;
import static vn.pcmt.registry.domain.Subjects.treatmentEnded;
import static vn.pcmt.registry.domain.Subjects.treatmentStarted;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.platform.privacy.Retention;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.registry.domain.command.AbsorbDuplicate;
import vn.pcmt.registry.domain.command.ClearFlag;
import vn.pcmt.registry.domain.command.CorrectSubjectDetails;
import vn.pcmt.registry.domain.command.DetermineAddiction;
import vn.pcmt.registry.domain.command.EndTreatment;
import vn.pcmt.registry.domain.command.MergeSubjectInto;
import vn.pcmt.registry.domain.command.MoveSubject;
import vn.pcmt.registry.domain.command.RaiseFlag;
import vn.pcmt.registry.domain.command.RecordDrugTest;
import vn.pcmt.registry.domain.command.RegisterSubject;
import vn.pcmt.registry.domain.command.EraseSubject;
import vn.pcmt.registry.domain.command.RemoveSubject;
import vn.pcmt.registry.domain.command.RetractEntry;
import vn.pcmt.registry.domain.command.StartManagementPeriod;
import vn.pcmt.registry.domain.command.StartTreatment;
import vn.pcmt.registry.domain.event.AddictionDetermined;
import vn.pcmt.registry.domain.event.CategoryChanged;
import vn.pcmt.registry.domain.event.DuplicateAbsorbed;
import vn.pcmt.registry.domain.event.EntryRetracted;
import vn.pcmt.registry.domain.event.FlagCleared;
import vn.pcmt.registry.domain.event.FlagRaised;
import vn.pcmt.registry.domain.event.ManagementPeriodStarted;
import vn.pcmt.registry.domain.event.RelapseRecorded;
import vn.pcmt.registry.domain.event.SubjectDetailsCorrected;
import vn.pcmt.registry.domain.event.SubjectMerged;
import vn.pcmt.registry.domain.event.SubjectMoved;
import vn.pcmt.registry.domain.event.SubjectErased;
import vn.pcmt.registry.domain.event.SubjectRemoved;
import vn.pcmt.registry.domain.event.TreatmentEnded;
import vn.pcmt.registry.domain.event.TreatmentStarted;

class SubjectTest {

    private static final String ID = "s-1";
    private final Map<String, String> villages = new HashMap<>(Map.of(VILLAGE, COMMUNE, OTHER_VILLAGE, OTHER_COMMUNE));
    private final Map<String, String> nationalIds = new HashMap<>();
    private final List<String> namesakes = new ArrayList<>();
    private AggregateTestFixture<Subject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subject.class);
        fixture.registerInjectableResource((AreaDirectory) village -> Optional.ofNullable(villages.get(village)));
        fixture.registerInjectableResource(new Retention(Period.ofYears(5)));
        fixture.registerInjectableResource(new SubjectIndex() {
            @Override
            public Optional<String> claimNationalId(String nationalId, String subjectId) {
                String holder = nationalIds.putIfAbsent(nationalId, subjectId);
                return holder == null || holder.equals(subjectId) ? Optional.empty() : Optional.of(holder);
            }

            @Override
            public void releaseNationalId(String nationalId, String subjectId) {
                nationalIds.remove(nationalId, subjectId);
            }

            @Override
            public List<String> namesakes(String communeCode, String fullName, LocalDate dateOfBirth) {
                return namesakes;
            }
        });
    }

    // --- registration --------------------------------------------------------------------------------------------

    @Test
    void givenKnownVillage_whenRegisterSubject_thenSubjectRegistered() {
        RegisterSubject command = Subjects.registerSuspected(ID);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(command));
    }

    @Test
    void givenUnknownVillage_whenRegisterSubject_thenRefusedAsAreaUnknown() {
        RegisterSubject command = withResidence(Subjects.registerSuspected(ID), new Residence(COMMUNE, "31000-99", null));
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(Refusal.class)
                .expectExceptionMessage("Không có thôn/xóm mã 31000-99 trong danh mục địa bàn.");
    }

    @Test
    void givenVillageOfAnotherCommune_whenRegisterSubject_thenRefused() {
        RegisterSubject command = withResidence(Subjects.registerSuspected(ID), new Residence(COMMUNE, OTHER_VILLAGE, null));
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(Refusal.class)
                .expectExceptionMessage("Thôn/xóm 32000-01 không thuộc xã 31000.");
    }

    @Test
    void givenNationalIdOnRecord_whenRegisterSubject_thenRefusedAsDuplicate() {
        nationalIds.put("031095001234", "s-0");
        fixture.givenNoPriorActivity()
                .when(Subjects.registerSuspected(ID))
                .expectNoEvents()
                .expectException(refusal("SUBJECT_DUPLICATE_NATIONAL_ID"));
    }

    @Test
    void givenNoNationalIdAndNoReason_whenRegisterSubject_thenRefused() {
        RegisterSubject c = Subjects.registerSuspected(ID);
        RegisterSubject command = new RegisterSubject(c.subjectId(), c.fullName(), c.dateOfBirth(), c.sex(), null, " ",
                c.residence(), c.category(), c.foundBy(), c.foundOn(), false);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(refusal("NATIONAL_ID_MISSING_REASON"));
    }

    @Test
    void givenNoNationalIdWithReason_whenRegisterSubject_thenReasonKept() {
        RegisterSubject c = Subjects.registerSuspected(ID);
        RegisterSubject command = new RegisterSubject(c.subjectId(), c.fullName(), c.dateOfBirth(), c.sex(), null,
                " Mất giấy tờ ", c.residence(), c.category(), c.foundBy(), c.foundOn(), false);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(new vn.pcmt.registry.domain.event.SubjectRegistered(ID, c.fullName(), c.dateOfBirth(), c.sex(),
                        null, "Mất giấy tờ", c.residence(), c.category(), c.foundBy(), c.foundOn()));
    }

    @Test
    void givenNamesakeInCommune_whenRegisterSubject_thenRefusedWithCandidates() {
        namesakes.add("s-0");
        fixture.givenNoPriorActivity()
                .when(Subjects.registerSuspected(ID))
                .expectNoEvents()
                .expectException(refusal("SUBJECT_POSSIBLE_DUPLICATE"));
    }

    @Test
    void givenNamesakeInCommune_whenRegisterConfirmedDistinct_thenRegistered() {
        namesakes.add("s-0");
        RegisterSubject c = Subjects.registerSuspected(ID);
        RegisterSubject confirmed = new RegisterSubject(c.subjectId(), c.fullName(), c.dateOfBirth(), c.sex(), c.nationalId(), null,
                c.residence(), c.category(), c.foundBy(), c.foundOn(), true);
        fixture.givenNoPriorActivity()
                .when(confirmed)
                .expectEvents(registered(confirmed));
    }

    @Test
    void givenFoundBeforeBirth_whenRegisterSubject_thenRefused() {
        RegisterSubject valid = Subjects.registerSuspected(ID);
        RegisterSubject command = new RegisterSubject(valid.subjectId(), valid.fullName(), LocalDate.of(2026, 4, 3),
                valid.sex(), null, "Chưa được cấp CCCD", valid.residence(), valid.category(), valid.foundBy(), LocalDate.of(2026, 4, 2), false);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(refusal("DATE_BEFORE_BIRTH"));
    }

    @Test
    void givenFoundOnBirthday_whenRegisterSubject_thenRegistered() {
        RegisterSubject valid = Subjects.registerSuspected(ID);
        RegisterSubject command = new RegisterSubject(valid.subjectId(), valid.fullName(), LocalDate.of(2026, 4, 2),
                valid.sex(), null, "Chưa được cấp CCCD", valid.residence(), valid.category(), valid.foundBy(), LocalDate.of(2026, 4, 2), false);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(registered(command));
    }

    // --- drug tests ----------------------------------------------------------------------------------------------

    @Test
    void givenSuspected_whenPositiveTest_thenTestRecordedAndBecomesIllegalUser() {
        LocalDate on = LocalDate.of(2026, 4, 10);
        fixture.given(registered(ID, Category.SUSPECTED))
                .when(test(on, TestResult.POSITIVE))
                .expectEvents(positiveTest(ID, on), becameUser(ID, on));
    }

    @Test
    void givenReleasedOffender_whenPositiveTest_thenBecomesIllegalUser() {
        LocalDate on = LocalDate.of(2026, 4, 10);
        fixture.given(registered(ID, Category.RELEASED_OFFENDER))
                .when(test(on, TestResult.POSITIVE))
                .expectEvents(positiveTest(ID, on),
                        new CategoryChanged(ID, Category.RELEASED_OFFENDER, Category.ILLEGAL_USER, on, "POSITIVE_TEST"));
    }

    @Test
    void givenPostRehabManagementOver_whenPositiveTest_thenBecomesIllegalUserWithoutRelapse() {
        LocalDate on = LocalDate.of(2027, 5, 1);
        fixture.given(registered(ID, Category.POST_REHAB), managed(ID, ManagementKind.POST_REHAB, LocalDate.of(2026, 5, 1)))
                .when(test(on, TestResult.POSITIVE))
                .expectEvents(positiveTest(ID, on),
                        new CategoryChanged(ID, Category.POST_REHAB, Category.ILLEGAL_USER, on, "POSITIVE_TEST"));
    }

    @Test
    void givenSuspected_whenNegativeTest_thenOnlyTestRecorded() {
        LocalDate on = LocalDate.of(2026, 4, 10);
        fixture.given(registered(ID, Category.SUSPECTED))
                .when(test(on, TestResult.NEGATIVE))
                .expectEvents(Subjects.negativeTest(ID, on));
    }

    @Test
    void givenSubjectUnderPostRehabManagement_whenPositiveTest_thenRelapseRecorded() {
        LocalDate on = LocalDate.of(2026, 9, 1);
        fixture.given(registered(ID, Category.POST_REHAB), managed(ID, ManagementKind.POST_REHAB, LocalDate.of(2026, 5, 1)))
                .when(test(on, TestResult.POSITIVE))
                .expectEvents(positiveTest(ID, on), new RelapseRecorded(ID, "t-" + on, on, "POST_REHAB_MANAGEMENT"));
    }

    @Test
    void givenSubjectOnSubstitutionTherapy_whenPositiveTest_thenRelapseDuringTherapyRecorded() {
        LocalDate on = LocalDate.of(2026, 9, 1);
        fixture.given(registered(ID, Category.ADDICT), treatmentStarted(ID, "tr-1", TreatmentKind.SUBSTITUTION, LocalDate.of(2026, 5, 1)))
                .when(test(on, TestResult.POSITIVE))
                .expectEvents(positiveTest(ID, on), new RelapseRecorded(ID, "t-" + on, on, "SUBSTITUTION"));
    }

    @Test
    void givenTestBeforeBirth_whenRecordDrugTest_thenRefused() {
        fixture.given(registered(ID, Category.SUSPECTED))
                .when(test(BORN.minusDays(1), TestResult.NEGATIVE))
                .expectNoEvents()
                .expectException(refusal("DATE_BEFORE_BIRTH"));
    }

    // --- addiction determination ---------------------------------------------------------------------------------

    @Test
    void givenUser_whenDeterminedAddictedAndNotified_thenDeadlineFiveWorkingDaysLaterAndBecomesAddict() {
        LocalDate determined = LocalDate.of(2026, 4, 24);
        LocalDate notified = LocalDate.of(2026, 4, 24); // Friday; 27/4, 30/4, 1/5 are holidays
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new DetermineAddiction(ID, null, determined, "Trung tâm Y tế huyện", true, notified))
                .expectEvents(new AddictionDetermined(ID, determined, "Trung tâm Y tế huyện", true, notified, LocalDate.of(2026, 5, 6)),
                        new CategoryChanged(ID, Category.ILLEGAL_USER, Category.ADDICT, determined, "ADDICTION_DETERMINED"));
    }

    @Test
    void givenUser_whenDeterminedNotAddicted_thenCategoryUnchanged() {
        LocalDate on = LocalDate.of(2026, 4, 24);
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new DetermineAddiction(ID, null, on, "Trung tâm Y tế huyện", false, null))
                .expectEvents(new AddictionDetermined(ID, on, "Trung tâm Y tế huyện", false, null, null));
    }

    @Test
    void givenNotificationBeforeDetermination_whenDetermineAddiction_thenRefused() {
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new DetermineAddiction(ID, null, LocalDate.of(2026, 4, 24), "TTYT", true, LocalDate.of(2026, 4, 23)))
                .expectNoEvents()
                .expectException(refusal("DATE_ORDER"));
    }

    // --- management periods --------------------------------------------------------------------------------------

    @Test
    void givenIllegalUser_whenManagementStartsUnderOldLaw_thenEndsOneYearLaterUnderLaw73() {
        LocalDate start = LocalDate.of(2026, 6, 30);
        fixture.given(registered(ID, Category.SUSPECTED), positiveTest(ID, start), becameUser(ID, start))
                .when(new StartManagementPeriod(ID, null, ManagementKind.ILLEGAL_USER, "QĐ-12", start))
                .expectEvents(new ManagementPeriodStarted(ID, ManagementKind.ILLEGAL_USER, "QĐ-12", start,
                        LocalDate.of(2027, 6, 29), ManagementLaw.LAW_73_2021));
    }

    @Test
    void givenIllegalUser_whenManagementStartsUnderNewLaw_thenLaw120Applies() {
        LocalDate start = LocalDate.of(2026, 7, 1);
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new StartManagementPeriod(ID, null, ManagementKind.ILLEGAL_USER, "QĐ-13", start))
                .expectEvents(new ManagementPeriodStarted(ID, ManagementKind.ILLEGAL_USER, "QĐ-13", start,
                        LocalDate.of(2027, 6, 30), ManagementLaw.LAW_120_2025));
    }

    @Test
    void givenSuspected_whenIllegalUserManagementStarts_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.SUSPECTED))
                .when(new StartManagementPeriod(ID, null, ManagementKind.ILLEGAL_USER, "QĐ-14", LocalDate.of(2026, 5, 1)))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenNeverInRehab_whenPostRehabManagementStarts_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new StartManagementPeriod(ID, null, ManagementKind.POST_REHAB, "QĐ-15", LocalDate.of(2026, 5, 1)))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenRehabStillRunning_whenPostRehabManagementStarts_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.ADDICT), treatmentStarted(ID, "tr-1", TreatmentKind.VOLUNTARY_COMMUNITY, LocalDate.of(2026, 4, 5)))
                .when(new StartManagementPeriod(ID, null, ManagementKind.POST_REHAB, "QĐ-16", LocalDate.of(2026, 5, 1)))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenRehabCompleted_whenPostRehabManagementStarts_thenStartedAndBecomesPostRehab() {
        LocalDate start = LocalDate.of(2026, 10, 6);
        fixture.given(registered(ID, Category.ADDICT),
                        treatmentStarted(ID, "tr-1", TreatmentKind.VOLUNTARY_COMMUNITY, LocalDate.of(2026, 4, 5)),
                        treatmentEnded(ID, "tr-1", TreatmentKind.VOLUNTARY_COMMUNITY, LocalDate.of(2026, 10, 5), TreatmentOutcome.COMPLETED))
                .when(new StartManagementPeriod(ID, null, ManagementKind.POST_REHAB, "QĐ-17", start))
                .expectEvents(managedWith("QĐ-17", ManagementKind.POST_REHAB, start),
                        new CategoryChanged(ID, Category.ADDICT, Category.POST_REHAB, start, "POST_REHAB_MANAGEMENT"));
    }

    @Test
    void givenManagementRunning_whenAnotherOfTheSameKindStartsBeforeItEnds_thenOverlapRefused() {
        fixture.given(registered(ID, Category.ILLEGAL_USER), managed(ID, ManagementKind.ILLEGAL_USER, LocalDate.of(2026, 1, 10)))
                .when(new StartManagementPeriod(ID, null, ManagementKind.ILLEGAL_USER, "QĐ-18", LocalDate.of(2027, 1, 9)))
                .expectNoEvents()
                .expectException(refusal("MANAGEMENT_PERIOD_OVERLAP"));
    }

    @Test
    void givenLaterPeriodOnRecord_whenAnEarlierNonOverlappingOneIsBackFilled_thenStarted() {
        LocalDate earlier = LocalDate.of(2024, 3, 1);
        fixture.given(registered(ID, Category.ILLEGAL_USER), managed(ID, ManagementKind.ILLEGAL_USER, LocalDate.of(2026, 1, 10)))
                .when(new StartManagementPeriod(ID, null, ManagementKind.ILLEGAL_USER, "QĐ-20", earlier))
                .expectEvents(managedWith("QĐ-20", ManagementKind.ILLEGAL_USER, earlier));
    }

    @Test
    void givenLaterPeriodOnRecord_whenAnEarlierOneReachingIntoItIsBackFilled_thenOverlapRefused() {
        fixture.given(registered(ID, Category.ILLEGAL_USER), managed(ID, ManagementKind.ILLEGAL_USER, LocalDate.of(2026, 1, 10)))
                .when(new StartManagementPeriod(ID, null, ManagementKind.ILLEGAL_USER, "QĐ-21", LocalDate.of(2025, 1, 11)))
                .expectNoEvents()
                .expectException(refusal("MANAGEMENT_PERIOD_OVERLAP"));
    }

    @Test
    void givenManagementEnded_whenAnotherStartsTheDayAfter_thenStarted() {
        LocalDate next = LocalDate.of(2027, 1, 10);
        fixture.given(registered(ID, Category.ILLEGAL_USER), managed(ID, ManagementKind.ILLEGAL_USER, LocalDate.of(2026, 1, 10)))
                .when(new StartManagementPeriod(ID, null, ManagementKind.ILLEGAL_USER, "QĐ-19", next))
                .expectEvents(managedWith("QĐ-19", ManagementKind.ILLEGAL_USER, next));
    }

    // --- treatment -----------------------------------------------------------------------------------------------

    @Test
    void givenAddict_whenSubstitutionStarts_thenStarted() {
        LocalDate on = LocalDate.of(2026, 5, 1);
        fixture.given(registered(ID, Category.ADDICT))
                .when(new StartTreatment(ID, null, "tr-1", TreatmentKind.SUBSTITUTION, on, "Cơ sở điều trị Methadone huyện"))
                .expectEvents(treatmentStarted(ID, "tr-1", TreatmentKind.SUBSTITUTION, on));
    }

    @Test
    void givenIllegalUserNotDeterminedAddicted_whenRehabStarts_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new StartTreatment(ID, null, "tr-1", TreatmentKind.VOLUNTARY_HOME, LocalDate.of(2026, 5, 1), null))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenRehabOngoing_whenAnotherVoluntaryRehabStarts_thenRefusedAsOngoing() {
        fixture.given(registered(ID, Category.ADDICT), treatmentStarted(ID, "tr-1", TreatmentKind.VOLUNTARY_HOME, LocalDate.of(2026, 5, 1)))
                .when(new StartTreatment(ID, null, "tr-2", TreatmentKind.VOLUNTARY_FACILITY, LocalDate.of(2026, 6, 1), "Cơ sở cai nghiện số 1"))
                .expectNoEvents()
                .expectException(refusal("TREATMENT_ALREADY_ONGOING"));
    }

    @Test
    void givenRehabOngoing_whenSubstitutionStarts_thenBothRun() {
        LocalDate on = LocalDate.of(2026, 6, 1);
        fixture.given(registered(ID, Category.ADDICT), treatmentStarted(ID, "tr-1", TreatmentKind.VOLUNTARY_HOME, LocalDate.of(2026, 5, 1)))
                .when(new StartTreatment(ID, null, "tr-2", TreatmentKind.SUBSTITUTION, on, "Cơ sở điều trị Methadone huyện"))
                .expectEvents(treatmentStarted(ID, "tr-2", TreatmentKind.SUBSTITUTION, on));
    }

    @Test
    void givenTreatmentOngoing_whenEndedQuit_thenEnded() {
        LocalDate on = LocalDate.of(2026, 8, 1);
        fixture.given(registered(ID, Category.ADDICT), treatmentStarted(ID, "tr-1", TreatmentKind.SUBSTITUTION, LocalDate.of(2026, 5, 1)))
                .when(new EndTreatment(ID, null, "tr-1", on, TreatmentOutcome.QUIT))
                .expectEvents(new TreatmentEnded(ID, "tr-1", TreatmentKind.SUBSTITUTION, on, TreatmentOutcome.QUIT));
    }

    @Test
    void givenTreatmentOngoing_whenEndedTheDayBeforeItStarted_thenDateOrderRefused() {
        fixture.given(registered(ID, Category.ADDICT), treatmentStarted(ID, "tr-1", TreatmentKind.SUBSTITUTION, LocalDate.of(2026, 5, 1)))
                .when(new EndTreatment(ID, null, "tr-1", LocalDate.of(2026, 4, 30), TreatmentOutcome.COMPLETED))
                .expectNoEvents()
                .expectException(refusal("DATE_ORDER"));
    }

    @Test
    void givenTreatmentOngoing_whenEndedTheDayItStarted_thenEnded() {
        LocalDate on = LocalDate.of(2026, 5, 1);
        fixture.given(registered(ID, Category.ADDICT), treatmentStarted(ID, "tr-1", TreatmentKind.SUBSTITUTION, on))
                .when(new EndTreatment(ID, null, "tr-1", on, TreatmentOutcome.EXPELLED))
                .expectEvents(new TreatmentEnded(ID, "tr-1", TreatmentKind.SUBSTITUTION, on, TreatmentOutcome.EXPELLED));
    }

    @Test
    void givenTreatmentEnded_whenEndedAgain_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.ADDICT), treatmentStarted(ID, "tr-1", TreatmentKind.SUBSTITUTION, LocalDate.of(2026, 5, 1)),
                        treatmentEnded(ID, "tr-1", TreatmentKind.SUBSTITUTION, LocalDate.of(2026, 6, 1), TreatmentOutcome.QUIT))
                .when(new EndTreatment(ID, null, "tr-1", LocalDate.of(2026, 7, 1), TreatmentOutcome.COMPLETED))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenNoSuchTreatment_whenEnded_thenTreatmentUnknown() {
        fixture.given(registered(ID, Category.ADDICT))
                .when(new EndTreatment(ID, null, "tr-9", LocalDate.of(2026, 7, 1), TreatmentOutcome.COMPLETED))
                .expectNoEvents()
                .expectException(refusal("TREATMENT_UNKNOWN"));
    }

    @Test
    void givenPostRehabPersonInVoluntaryRehab_whenCourtsCompulsoryRehabStarts_thenVoluntaryQuitAndBecomesAddict() {
        LocalDate on = LocalDate.of(2026, 9, 1);
        fixture.given(registered(ID, Category.POST_REHAB), treatmentStarted(ID, "tr-1", TreatmentKind.VOLUNTARY_HOME, LocalDate.of(2026, 5, 1)))
                .when(new StartTreatment(ID, null, "tr-court", TreatmentKind.COMPULSORY, on, "Cơ sở cai nghiện số 1"))
                .expectEvents(treatmentEnded(ID, "tr-1", TreatmentKind.VOLUNTARY_HOME, on, TreatmentOutcome.QUIT),
                        new CategoryChanged(ID, Category.POST_REHAB, Category.ADDICT, on, "COMPULSORY_REHAB_DECISION"),
                        new TreatmentStarted(ID, "tr-court", TreatmentKind.COMPULSORY, on, "Cơ sở cai nghiện số 1"));
    }

    @Test
    void givenTreatmentStarted_whenTheSameStartArrivesAgain_thenNothingNew() {
        LocalDate on = LocalDate.of(2026, 7, 20);
        fixture.given(registered(ID, Category.ADDICT), treatmentStarted(ID, "tr-court", TreatmentKind.COMPULSORY, on))
                .when(new StartTreatment(ID, null, "tr-court", TreatmentKind.COMPULSORY, on, "Cơ sở cai nghiện số 1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenTreatmentEnded_whenTheSameEndArrivesAgain_thenNothingNew() {
        LocalDate on = LocalDate.of(2026, 11, 20);
        fixture.given(registered(ID, Category.ADDICT), treatmentStarted(ID, "tr-court", TreatmentKind.COMPULSORY, LocalDate.of(2026, 7, 20)),
                        treatmentEnded(ID, "tr-court", TreatmentKind.COMPULSORY, on, TreatmentOutcome.EXPELLED))
                .when(new EndTreatment(ID, null, "tr-court", on, TreatmentOutcome.EXPELLED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // --- flags ---------------------------------------------------------------------------------------------------

    @Test
    void givenNoFlag_whenPsychosisSignsRaisedThenCleared_thenBothRecorded() {
        LocalDate raised = LocalDate.of(2026, 5, 1);
        fixture.given(registered(ID, Category.ILLEGAL_USER), new FlagRaised(ID, Flag.PSYCHOSIS_SIGNS, raised, "ngáo đá"))
                .when(new ClearFlag(ID, null, Flag.PSYCHOSIS_SIGNS, raised.plusDays(30), "ổn định"))
                .expectEvents(new FlagCleared(ID, Flag.PSYCHOSIS_SIGNS, raised.plusDays(30), "ổn định"));
    }

    @Test
    void givenFlagRaised_whenRaisedAgain_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.ILLEGAL_USER), new FlagRaised(ID, Flag.NO_STABLE_RESIDENCE, LocalDate.of(2026, 5, 1), null))
                .when(new RaiseFlag(ID, null, Flag.NO_STABLE_RESIDENCE, LocalDate.of(2026, 5, 2), null))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenNoFlag_whenCleared_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new ClearFlag(ID, null, Flag.PSYCHOSIS_SIGNS, LocalDate.of(2026, 5, 2), null))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    // --- moves ---------------------------------------------------------------------------------------------------

    @Test
    void givenMoveReportedNextDayUnderNewLaw_whenMoved_thenNotLate() {
        LocalDate moved = LocalDate.of(2026, 7, 1);
        Residence to = new Residence(OTHER_COMMUNE, OTHER_VILLAGE, "Xóm 1");
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new MoveSubject(ID, null, to, moved, moved.plusDays(1)))
                .expectEvents(new SubjectMoved(ID, new Residence(COMMUNE, VILLAGE, "Thôn 3"), to, moved, moved.plusDays(1), false));
    }

    @Test
    void givenMoveReportedTwoDaysLaterUnderNewLaw_whenMoved_thenFlaggedLate() {
        LocalDate moved = LocalDate.of(2026, 7, 1);
        Residence to = new Residence(OTHER_COMMUNE, OTHER_VILLAGE, "Xóm 1");
        fixture.given(registered(ID, Category.ILLEGAL_USER), managed(ID, ManagementKind.ILLEGAL_USER, LocalDate.of(2026, 5, 1)))
                .when(new MoveSubject(ID, null, to, moved, moved.plusDays(2)))
                .expectEvents(new SubjectMoved(ID, new Residence(COMMUNE, VILLAGE, "Thôn 3"), to, moved, moved.plusDays(2), true));
    }

    @Test
    void givenUnmanagedPerson_whenMoveReportedLateUnderNewLaw_thenNotFlagged() {
        LocalDate moved = LocalDate.of(2026, 7, 1);
        Residence to = new Residence(OTHER_COMMUNE, OTHER_VILLAGE, "Xóm 1");
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new MoveSubject(ID, null, to, moved, moved.plusDays(5)))
                .expectEvents(new SubjectMoved(ID, new Residence(COMMUNE, VILLAGE, "Thôn 3"), to, moved, moved.plusDays(5), false));
    }

    @Test
    void givenMoveReportedWeeksLaterUnderOldLaw_whenMoved_thenNotFlagged() {
        LocalDate moved = LocalDate.of(2026, 6, 30);
        Residence to = new Residence(OTHER_COMMUNE, OTHER_VILLAGE, "Xóm 1");
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new MoveSubject(ID, null, to, moved, moved.plusDays(20)))
                .expectEvents(new SubjectMoved(ID, new Residence(COMMUNE, VILLAGE, "Thôn 3"), to, moved, moved.plusDays(20), false));
    }

    @Test
    void givenMoveToUnknownVillage_whenMoved_thenAreaUnknown() {
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new MoveSubject(ID, null, new Residence(OTHER_COMMUNE, "32000-77", null), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1)))
                .expectNoEvents()
                .expectException(refusal("AREA_UNKNOWN"));
    }

    @Test
    void givenMoveToSameVillage_whenMoved_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new MoveSubject(ID, null, new Residence(COMMUNE, VILLAGE, null), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1)))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenMoveOnTheDayOfRegistration_whenMoved_thenDateOrderRefused() {
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new MoveSubject(ID, null, new Residence(OTHER_COMMUNE, OTHER_VILLAGE, null), Subjects.FOUND, Subjects.FOUND))
                .expectNoEvents()
                .expectException(refusal("DATE_ORDER"));
    }

    // --- leaving the list and corrections ------------------------------------------------------------------------

    @Test
    void givenManagementRunning_whenRemovedAsManagementEnded_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.ILLEGAL_USER), managed(ID, ManagementKind.ILLEGAL_USER, LocalDate.of(2026, 5, 1)))
                .when(new RemoveSubject(ID, null, RemovalReason.MANAGEMENT_ENDED, LocalDate.of(2027, 4, 30), null))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenManagementOver_whenRemovedTheDayAfterItEnds_thenRemoved() {
        LocalDate on = LocalDate.of(2027, 5, 1);
        fixture.given(registered(ID, Category.ILLEGAL_USER), managed(ID, ManagementKind.ILLEGAL_USER, LocalDate.of(2026, 5, 1)))
                .when(new RemoveSubject(ID, null, RemovalReason.MANAGEMENT_ENDED, on, "hết thời hạn"))
                .expectEvents(new SubjectRemoved(ID, RemovalReason.MANAGEMENT_ENDED, on, "hết thời hạn"));
    }

    // --- erasure at the end of retention ---------------------------------------------------------------------------

    @Test
    void givenStillOnTheList_whenErased_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new EraseSubject(ID, null, LocalDate.of(2026, 11, 20), "Hết thời hạn lưu trữ"))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    /** Five years of retention in this fixture: erasure from the day they end, never before (nor before the removal). */
    @ParameterizedTest(name = "removed {0}, erased {1}: {2}")
    @CsvSource({"2021-06-01, 2021-05-31, false", "2021-06-01, 2021-06-01, false", "2021-06-01, 2026-05-31, false",
            "2021-06-01, 2026-06-01, true", "2021-06-01, 2031-06-01, true"})
    void givenRemoved_whenErased_thenErasedOnlyOnceRetentionEnded(LocalDate removedOn, LocalDate erasedOn, boolean erased) {
        var result = fixture.given(registered(ID, Category.ILLEGAL_USER), new SubjectRemoved(ID, RemovalReason.DEATH, removedOn, null))
                .when(new EraseSubject(ID, null, erasedOn, " Hết thời hạn lưu trữ "));
        if (erased) {
            result.expectEvents(new SubjectErased(ID, erasedOn, "Hết thời hạn lưu trữ"));
        } else {
            result.expectNoEvents().expectException(refusal("RETENTION_NOT_ENDED"));
        }
    }

    @Test
    void givenADuplicateMergedAway_whenErasedOnItsOwn_thenRefusedAndWithItsSurvivorErased() {
        LocalDate merged = LocalDate.of(2021, 6, 1);
        fixture.given(registered(ID, Category.ILLEGAL_USER), new SubjectMerged(ID, "s-2", "Trùng hồ sơ", merged))
                .when(new EraseSubject(ID, null, LocalDate.of(2026, 6, 1), "Hết thời hạn lưu trữ"))
                .expectNoEvents()
                .expectException(refusal("SUBJECT_MERGED")); // the survivor, the same person, may still be on the list
        fixture.given(registered(ID, Category.ILLEGAL_USER), new SubjectMerged(ID, "s-2", "Trùng hồ sơ", merged))
                .when(new EraseSubject(ID, null, LocalDate.of(2026, 6, 1), "Hết thời hạn lưu trữ", "s-3"))
                .expectNoEvents()
                .expectException(refusal("SUBJECT_MERGED"));
        fixture.given(registered(ID, Category.ILLEGAL_USER), new SubjectMerged(ID, "s-2", "Trùng hồ sơ", merged))
                .when(new EraseSubject(ID, null, LocalDate.of(2026, 6, 1), "Hết thời hạn lưu trữ", "s-2"))
                .expectEvents(new SubjectErased(ID, LocalDate.of(2026, 6, 1), "Hết thời hạn lưu trữ"));
    }

    @Test
    void givenErased_whenErasedAgainOrAnEntryRetracted_thenSubjectErasedConflict() {
        fixture.given(registered(ID, Category.ILLEGAL_USER), new SubjectRemoved(ID, RemovalReason.DEATH, LocalDate.of(2026, 6, 1), null),
                        new SubjectErased(ID, LocalDate.of(2026, 11, 20), "Hết thời hạn lưu trữ"))
                .when(new RetractEntry(ID, null, 2L, "Nhầm", LocalDate.of(2026, 11, 21)))
                .expectNoEvents()
                .expectException(refusal("SUBJECT_ERASED"));
        fixture.given(registered(ID, Category.ILLEGAL_USER), new SubjectRemoved(ID, RemovalReason.DEATH, LocalDate.of(2026, 6, 1), null),
                        new SubjectErased(ID, LocalDate.of(2026, 11, 20), "Hết thời hạn lưu trữ"))
                .when(new EraseSubject(ID, null, LocalDate.of(2026, 11, 21), "Lần nữa"))
                .expectNoEvents()
                .expectException(refusal("SUBJECT_ERASED"));
    }

    @Test
    void givenRemoved_whenAnythingRecorded_thenSubjectRemovedRefusal() {
        fixture.given(registered(ID, Category.ILLEGAL_USER), new SubjectRemoved(ID, RemovalReason.DEATH, LocalDate.of(2026, 6, 1), null))
                .when(test(LocalDate.of(2026, 6, 2), TestResult.NEGATIVE))
                .expectNoEvents()
                .expectException(refusal("SUBJECT_REMOVED"));
    }

    @Test
    void givenWrongNationalId_whenCorrected_thenCorrectedAndOldNumberReleased() {
        nationalIds.put("031095001234", ID);
        LocalDate today = LocalDate.of(2026, 6, 1);
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new CorrectSubjectDetails(ID, null, "Nguyễn Văn Ân", BORN, Sex.MALE, "031095004321", null, "Ghi nhầm số CCCD", today))
                .expectEvents(new SubjectDetailsCorrected(ID, "Nguyễn Văn Ân", BORN, Sex.MALE, "031095004321", null, "Ghi nhầm số CCCD", today));
        org.assertj.core.api.Assertions.assertThat(nationalIds).containsOnly(Map.entry("031095004321", ID));
    }

    @Test
    void givenNumberOnRecord_whenCorrectedToNoNumberWithoutReason_thenRefusedAndNumberKept() {
        nationalIds.put("031095001234", ID);
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new CorrectSubjectDetails(ID, null, "Nguyễn Văn An", BORN, Sex.MALE, null, null, "Bỏ số", LocalDate.of(2026, 6, 1)))
                .expectNoEvents()
                .expectException(refusal("NATIONAL_ID_MISSING_REASON"));
        org.assertj.core.api.Assertions.assertThat(nationalIds).containsEntry("031095001234", ID);
    }

    @Test
    void givenTreatmentOnRecord_whenBirthCorrectedToAfterIt_thenRefused() {
        fixture.given(registered(ID, Category.ADDICT), treatmentStarted(ID, "tr-1", TreatmentKind.SUBSTITUTION, LocalDate.of(2026, 4, 5)))
                .when(new CorrectSubjectDetails(ID, null, "Nguyễn Văn An", LocalDate.of(2026, 4, 6), Sex.MALE, "031095001234", null,
                        "Ghi nhầm", LocalDate.of(2026, 6, 1)))
                .expectNoEvents()
                .expectException(refusal("DATE_BEFORE_BIRTH"));
    }

    @Test
    void givenStaleVersion_whenCorrectedToANewNumber_thenConflictBeforeAnyNumberIsClaimed() {
        fixture.given(registered(ID, Category.ILLEGAL_USER), Subjects.negativeTest(ID, LocalDate.of(2026, 4, 10)))
                .when(new CorrectSubjectDetails(ID, 0L, "Nguyễn Văn An", BORN, Sex.MALE, "031095009999", null, "Ghi nhầm",
                        LocalDate.of(2026, 6, 1)))
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class);
        org.assertj.core.api.Assertions.assertThat(nationalIds).doesNotContainKey("031095009999");
    }

    @Test
    void givenNumberHeldByAnother_whenCorrectedToIt_thenDuplicateRefused() {
        nationalIds.put("031095004321", "s-0");
        fixture.given(registered(ID, Category.ILLEGAL_USER))
                .when(new CorrectSubjectDetails(ID, null, "Nguyễn Văn An", BORN, Sex.MALE, "031095004321", null, "Ghi nhầm", LocalDate.of(2026, 6, 1)))
                .expectNoEvents()
                .expectException(refusal("SUBJECT_DUPLICATE_NATIONAL_ID"));
    }

    @Test
    void givenTestOnRecord_whenBirthCorrectedToAfterIt_thenRefused() {
        fixture.given(registered(ID, Category.SUSPECTED), Subjects.negativeTest(ID, LocalDate.of(2026, 4, 10)))
                .when(new CorrectSubjectDetails(ID, null, "Nguyễn Văn An", LocalDate.of(2026, 4, 11), Sex.MALE, null, "Không có CCCD", "Ghi nhầm", LocalDate.of(2026, 6, 1)))
                .expectNoEvents()
                .expectException(refusal("DATE_BEFORE_BIRTH"));
    }

    // --- merging duplicates -------------------------------------------------------------------------------------

    @Test
    void givenDuplicateWithNationalId_whenMergedIntoSurvivor_thenLeavesTheListAndReleasesTheNumber() {
        nationalIds.put("031095001234", ID);
        LocalDate on = LocalDate.of(2026, 6, 1);
        fixture.given(registered(ID, Category.SUSPECTED))
                .when(new MergeSubjectInto(ID, null, "s-2", "Trùng hồ sơ", on))
                .expectEvents(new SubjectMerged(ID, "s-2", "Trùng hồ sơ", on));
        org.assertj.core.api.Assertions.assertThat(nationalIds).isEmpty();
    }

    @Test
    void givenSubject_whenMergedIntoItself_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.SUSPECTED))
                .when(new MergeSubjectInto(ID, null, ID, "Trùng", LocalDate.of(2026, 6, 1)))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenMerged_whenAnythingRecorded_thenSubjectRemovedRefusal() {
        fixture.given(registered(ID, Category.SUSPECTED), new SubjectMerged(ID, "s-2", "Trùng", LocalDate.of(2026, 6, 1)))
                .when(new RaiseFlag(ID, null, Flag.PSYCHOSIS_SIGNS, LocalDate.of(2026, 6, 2), null))
                .expectNoEvents()
                .expectException(refusal("SUBJECT_REMOVED"));
    }

    @Test
    void givenSubject_whenAbsorbingItself_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.SUSPECTED))
                .when(new AbsorbDuplicate(ID, null, ID, "Trùng", LocalDate.of(2026, 6, 2)))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenDuplicateAbsorbed_whenAbsorbedAgain_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.SUSPECTED), new DuplicateAbsorbed(ID, "s-0", "Trùng", LocalDate.of(2026, 6, 1)))
                .when(new AbsorbDuplicate(ID, null, "s-0", "Trùng", LocalDate.of(2026, 6, 2)))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenSubject_whenRemovedWithReasonMerged_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.SUSPECTED))
                .when(new RemoveSubject(ID, null, RemovalReason.MERGED, LocalDate.of(2026, 6, 1), null))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    // --- retracting entries recorded by mistake ------------------------------------------------------------------

    @Test
    void givenPositiveTestThatMadeAUser_whenRetracted_thenTheTestAndTheCategoryChangeGoTogether() {
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(List.of(new MessageOriginProvider())));
        LocalDate on = LocalDate.of(2026, 4, 10);
        fixture.givenCommands(Subjects.registerSuspected(ID), test(on, TestResult.POSITIVE))
                .when(new RetractEntry(ID, null, 1, "Nhập nhầm người", LocalDate.of(2026, 4, 11)))
                .expectEvents(new EntryRetracted(ID, List.of(1L, 2L), "Nhập nhầm người", LocalDate.of(2026, 4, 11)));
    }

    @Test
    void givenRetractedPositiveTest_whenIllegalUserManagementStarts_thenRefusedAsTheSubjectIsSuspectedAgain() {
        fixture.given(registered(ID, Category.SUSPECTED), positiveTest(ID, LocalDate.of(2026, 4, 10)), becameUser(ID, LocalDate.of(2026, 4, 10)),
                        new EntryRetracted(ID, List.of(1L, 2L), "Nhập nhầm người", LocalDate.of(2026, 4, 11)))
                .when(new StartManagementPeriod(ID, null, ManagementKind.ILLEGAL_USER, "QĐ-30", LocalDate.of(2026, 4, 12)))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenRemovalRecordedByMistake_whenRetracted_thenOnTheListAgain() {
        fixture.given(registered(ID, Category.SUSPECTED), new SubjectRemoved(ID, RemovalReason.DEATH, LocalDate.of(2026, 6, 1), null),
                        new EntryRetracted(ID, List.of(1L), "Nhầm người đã mất", LocalDate.of(2026, 6, 2)))
                .when(test(LocalDate.of(2026, 6, 3), TestResult.NEGATIVE))
                .expectEvents(Subjects.negativeTest(ID, LocalDate.of(2026, 6, 3)));
    }

    @Test
    void givenCategoryChange_whenRetractedOnItsOwn_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.SUSPECTED), positiveTest(ID, LocalDate.of(2026, 4, 10)), becameUser(ID, LocalDate.of(2026, 4, 10)))
                .when(new RetractEntry(ID, null, 2, "Sai", LocalDate.of(2026, 4, 11)))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenNoSuchVersion_whenRetracted_thenEntryUnknown() {
        fixture.given(registered(ID, Category.SUSPECTED))
                .when(new RetractEntry(ID, null, 5, "Sai", LocalDate.of(2026, 4, 11)))
                .expectNoEvents()
                .expectException(refusal("ENTRY_UNKNOWN"));
    }

    @Test
    void givenRetractedEntry_whenRetractedAgain_thenTransitionNotAllowed() {
        fixture.given(registered(ID, Category.SUSPECTED), Subjects.negativeTest(ID, LocalDate.of(2026, 4, 10)),
                        new EntryRetracted(ID, List.of(1L), "Sai", LocalDate.of(2026, 4, 11)))
                .when(new RetractEntry(ID, null, 1, "Sai", LocalDate.of(2026, 4, 12)))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    // --- optimistic concurrency ----------------------------------------------------------------------------------

    @Test
    void givenSubjectAtVersionOne_whenCommandExpectsVersionZero_thenConflictingVersion() {
        fixture.given(registered(ID, Category.SUSPECTED), Subjects.negativeTest(ID, LocalDate.of(2026, 4, 10)))
                .when(new RecordDrugTest(ID, 0L, "t-x", LocalDate.of(2026, 4, 11), TestMethod.URINE_RAPID, TestResult.NEGATIVE, List.of()))
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class);
    }

    @Test
    void givenSubjectAtVersionOne_whenCommandExpectsVersionOne_thenApplied() {
        LocalDate on = LocalDate.of(2026, 4, 11);
        fixture.given(registered(ID, Category.SUSPECTED), Subjects.negativeTest(ID, LocalDate.of(2026, 4, 10)))
                .when(new RecordDrugTest(ID, 1L, "t-" + on, on, TestMethod.URINE_RAPID, TestResult.NEGATIVE, List.of()))
                .expectEvents(Subjects.negativeTest(ID, on));
    }

    private static RecordDrugTest test(LocalDate on, TestResult result) {
        return new RecordDrugTest(ID, null, "t-" + on, on, TestMethod.URINE_RAPID, result,
                result == TestResult.POSITIVE ? List.of(Substance.MDMA) : List.of());
    }

    private static ManagementPeriodStarted managedWith(String decisionNo, ManagementKind kind, LocalDate start) {
        ManagementPeriodStarted m = managed(ID, kind, start);
        return new ManagementPeriodStarted(ID, kind, decisionNo, start, m.endsOn(), m.law());
    }

    private static org.hamcrest.Matcher<?> refusal(String code) {
        return Matchers.predicate(e -> e instanceof Refusal r && r.code().equals(code));
    }

    private static RegisterSubject withResidence(RegisterSubject c, Residence residence) {
        return new RegisterSubject(c.subjectId(), c.fullName(), c.dateOfBirth(), c.sex(), c.nationalId(), null, residence,
                c.category(), c.foundBy(), c.foundOn(), false);
    }
}
