package vn.pcmt.cases.domain;

import static vn.pcmt.cases.domain.Refusals.refusal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.cases.domain.command.AddCasePerson;
import vn.pcmt.cases.domain.command.AdvanceCase;
import vn.pcmt.cases.domain.command.EraseCasePersons;
import vn.pcmt.cases.domain.command.LinkCasePerson;
import vn.pcmt.cases.domain.command.OpenCase;
import vn.pcmt.cases.domain.command.RecordArrest;
import vn.pcmt.cases.domain.command.RecordSeizure;
import vn.pcmt.cases.domain.event.ArrestMade;
import vn.pcmt.cases.domain.event.CaseOpened;
import vn.pcmt.cases.domain.event.CasePersonAdded;
import vn.pcmt.cases.domain.event.CasePersonLinked;
import vn.pcmt.cases.domain.event.CasePersonsErased;
import vn.pcmt.cases.domain.event.CaseStageReached;
import vn.pcmt.cases.domain.event.SeizureRecorded;
import vn.pcmt.platform.privacy.Retention;

class DrugCaseTest {

    private static final String ID = "case-1";
    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
    private static final String SUBJECT = "s-1";
    /** A registry subject: the case learns where they live from the registry's copy. */
    private static final CasePerson SUBJECT_PERSON = new CasePerson("p-1", SUBJECT, null, null, null, null, null);
    private static final CasePerson SUBJECT_LIVING = SUBJECT_PERSON.livingIn(new Residence("17170", "17170-01"));
    /** Someone not on the registry, named in the case, living in another village. */
    private static final CasePerson NAMED = new CasePerson("p-2", null, "Hà Văn Tám", LocalDate.of(1990, 5, 1), "040090001234",
            "17167", "17167-02");

    private AggregateTestFixture<DrugCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DrugCase.class);
        Map<String, String> villages = Map.of("17167-02", "17167", "17170-01", "17170");
        Map<String, Residence> subjects = Map.of(SUBJECT, new Residence("17170", "17170-01"), "s-2", new Residence("17167", null));
        fixture.registerInjectableResource((AreaDirectory) village -> Optional.ofNullable(villages.get(village)));
        fixture.registerInjectableResource((SubjectDirectory) subject -> Optional.ofNullable(subjects.get(subject)));
        fixture.registerInjectableResource(new FixedRecords(Set.of(), Set.of(), Set.of("tip-1")));
        fixture.registerInjectableResource(new Retention(Period.ofYears(5)));
    }

    @Test
    void givenCriminalCaseWithoutArticle_whenOpened_thenArticleUnknown() {
        fixture.givenNoPriorActivity()
                .when(open(CaseKind.CRIMINAL, null, null, List.of()))
                .expectNoEvents()
                .expectException(refusal("ARTICLE_UNKNOWN"));
    }

    @ParameterizedTest(name = "tip {0} → allowed {1}")
    @CsvSource({"tip-1, true", "tip-9, false"})
    void givenTip_whenCaseOpenedFromIt_thenOnlyAKnownTip(String tipId, boolean allowed) {
        var when = fixture.givenNoPriorActivity().when(new OpenCase(ID, CaseKind.CRIMINAL, "251", null, "17167", null, OPENED, tipId,
                null, List.of()));
        if (allowed) {
            when.expectEvents(new CaseOpened(ID, CaseKind.CRIMINAL, "251", null, "17167", null, OPENED, tipId, null, List.of()));
        } else {
            when.expectNoEvents().expectException(refusal("TIP_UNKNOWN"));
        }
    }

    @Test
    void givenSubjectSentWithANameAndIdentityNumber_whenOpened_thenOnlyTheLinkAndResidenceAreKept() {
        CasePerson named = new CasePerson("p-1", SUBJECT, "Lò Văn Sáu", LocalDate.of(1990, 1, 1), "040090009999", "17167", null);
        fixture.givenNoPriorActivity()
                .when(open(CaseKind.CRIMINAL, "249", null, List.of(named)))
                .expectEvents(new CaseOpened(ID, CaseKind.CRIMINAL, "249", null, "17167", "17167-02", OPENED, null, "Bắt quả tang",
                        List.of(SUBJECT_LIVING)));
    }

    @ParameterizedTest(name = "Art. {0} → drug crime {1}")
    @CsvSource({"251, true", "256a, true", "249, true", "253, false", "173, false"})
    void givenArticle_whenCriminalCaseOpened_thenOnlyDrugCrimes(String article, boolean drugCrime) {
        var when = fixture.givenNoPriorActivity().when(open(CaseKind.CRIMINAL, article, null, List.of()));
        if (drugCrime) {
            when.expectEvents(new CaseOpened(ID, CaseKind.CRIMINAL, article, null, "17167", "17167-02", OPENED, null, "Bắt quả tang",
                    List.of()));
        } else {
            when.expectNoEvents().expectException(refusal("ARTICLE_UNKNOWN"));
        }
    }

    @Test
    void givenAdministrativeViolation_whenOpenedWithAnArticle_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(open(CaseKind.ADMINISTRATIVE, "249", "Sử dụng trái phép", List.of()))
                .expectNoEvents()
                .expectException(refusal("ARTICLE_NOT_APPLICABLE"));
    }

    @Test
    void givenAdministrativeViolation_whenOpenedWithoutTheViolation_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(open(CaseKind.ADMINISTRATIVE, null, " ", List.of()))
                .expectNoEvents()
                .expectException(refusal("VIOLATION_REQUIRED"));
    }

    @Test
    void givenSubjectAndNamedPerson_whenOpened_thenSubjectLivesWhereTheRegistrySays() {
        fixture.givenNoPriorActivity()
                .when(open(CaseKind.CRIMINAL, "249", null, List.of(SUBJECT_PERSON, NAMED)))
                .expectEvents(new CaseOpened(ID, CaseKind.CRIMINAL, "249", null, "17167", "17167-02", OPENED, null, "Bắt quả tang",
                        List.of(SUBJECT_LIVING, NAMED)));
    }

    @Test
    void givenSubjectNotOnTheRegistry_whenOpened_thenSubjectUnknown() {
        fixture.givenNoPriorActivity()
                .when(open(CaseKind.CRIMINAL, "249", null, List.of(new CasePerson("p-1", "s-9", null, null, null, null, null))))
                .expectNoEvents()
                .expectException(refusal("SUBJECT_UNKNOWN"));
    }

    @Test
    void givenNamedPersonOfAVillageOutsideTheirCommune_whenOpened_thenAreaUnknown() {
        CasePerson wrongVillage = new CasePerson("p-2", null, "Hà Văn Tám", null, null, "17170", "17167-02");
        fixture.givenNoPriorActivity()
                .when(open(CaseKind.CRIMINAL, "249", null, List.of(wrongVillage)))
                .expectNoEvents()
                .expectException(refusal("AREA_UNKNOWN"));
    }

    @Test
    void givenPersonWithoutNameOrSubject_whenOpened_thenIncomplete() {
        fixture.givenNoPriorActivity()
                .when(open(CaseKind.CRIMINAL, "249", null, List.of(new CasePerson("p-2", null, null, null, null, "17167", null))))
                .expectNoEvents()
                .expectException(refusal("PERSON_INCOMPLETE"));
    }

    @Test
    void givenSameSubjectTwice_whenOpened_thenDuplicate() {
        CasePerson again = new CasePerson("p-3", SUBJECT, null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(open(CaseKind.CRIMINAL, "249", null, List.of(SUBJECT_PERSON, again)))
                .expectNoEvents()
                .expectException(refusal("PERSON_DUPLICATE"));
    }

    @Test
    void givenOpenCase_whenSameIdentityNumberAddedAgain_thenDuplicate() {
        CasePerson sameCccd = new CasePerson("p-3", null, "Hà Văn Tám", null, "040090001234", "17167", null);
        fixture.given(opened(NAMED))
                .when(new AddCasePerson(ID, null, sameCccd, OPENED.plusDays(3)))
                .expectNoEvents()
                .expectException(refusal("PERSON_DUPLICATE"));
    }

    @ParameterizedTest(name = "identified {0} → allowed {1}")
    @CsvSource({"2026-03-01, false", "2026-03-02, true"})
    void givenOpenCase_whenPersonAdded_thenNotBeforeTheCaseOpened(LocalDate on, boolean allowed) {
        var when = fixture.given(opened()).when(new AddCasePerson(ID, null, SUBJECT_PERSON, on));
        if (allowed) {
            when.expectEvents(new CasePersonAdded(ID, "17167", SUBJECT_LIVING, on));
        } else {
            when.expectNoEvents().expectException(refusal("DATE_ORDER"));
        }
    }

    @Test
    void givenNamedPerson_whenLinkedToTheirSubject_thenLivesWhereTheRegistrySays() {
        fixture.given(opened(NAMED))
                .when(new LinkCasePerson(ID, null, "p-2", "s-2"))
                .expectEvents(new CasePersonLinked(ID, "17167", "p-2", "s-2", "17167", null));
    }

    @Test
    void givenLinkedPerson_whenLinkedAgain_thenAlreadyLinked() {
        fixture.given(opened(NAMED), new CasePersonLinked(ID, "17167", "p-2", "s-2", "17167", null))
                .when(new LinkCasePerson(ID, null, "p-2", SUBJECT))
                .expectNoEvents()
                .expectException(refusal("PERSON_ALREADY_LINKED"));
    }

    @Test
    void givenSubjectAlreadyInTheCase_whenAnotherPersonLinkedToIt_thenDuplicate() {
        fixture.given(opened(SUBJECT_LIVING, NAMED))
                .when(new LinkCasePerson(ID, null, "p-2", SUBJECT))
                .expectNoEvents()
                .expectException(refusal("PERSON_DUPLICATE"));
    }

    @Test
    void givenCriminalCase_whenEveryStageInOrder_thenClosedAsJudgedWithAMobileTrial() {
        fixture.given(opened(),
                        reached(CaseStage.SOURCE_RECEIVED, CaseStage.PROSECUTED, "2026-03-05"),
                        reached(CaseStage.PROSECUTED, CaseStage.INVESTIGATED, "2026-05-20"),
                        reached(CaseStage.INVESTIGATED, CaseStage.INDICTED, "2026-06-10"))
                .when(new AdvanceCase(ID, null, CaseStage.TRIED, LocalDate.of(2026, 7, 1), "12/2026/HS-ST", true, null))
                .expectEvents(new CaseStageReached(ID, "17167", CaseStage.INDICTED, CaseStage.TRIED, LocalDate.of(2026, 7, 1),
                        "12/2026/HS-ST", true, null));
    }

    @Test
    void givenProsecutedCase_whenTriedBeforeIndictment_thenStageOrder() {
        fixture.given(opened(), reached(CaseStage.SOURCE_RECEIVED, CaseStage.PROSECUTED, "2026-03-05"))
                .when(new AdvanceCase(ID, null, CaseStage.TRIED, LocalDate.of(2026, 7, 1), null, false, null))
                .expectNoEvents()
                .expectException(refusal("STAGE_ORDER"));
    }

    @ParameterizedTest(name = "stage on {0} → allowed {1}")
    @CsvSource({"2026-03-04, false", "2026-03-05, true"})
    void givenProsecutedCase_whenNextStageDated_thenNotBeforeTheLastStage(LocalDate on, boolean allowed) {
        var when = fixture.given(opened(), reached(CaseStage.SOURCE_RECEIVED, CaseStage.PROSECUTED, "2026-03-05"))
                .when(new AdvanceCase(ID, null, CaseStage.INVESTIGATED, on, null, false, null));
        if (allowed) {
            when.expectEvents(new CaseStageReached(ID, "17167", CaseStage.PROSECUTED, CaseStage.INVESTIGATED, on, null, false, null));
        } else {
            when.expectNoEvents().expectException(refusal("DATE_ORDER"));
        }
    }

    @Test
    void givenProsecutedCase_whenMobileTrialAtAnotherStage_thenRefused() {
        fixture.given(opened(), reached(CaseStage.SOURCE_RECEIVED, CaseStage.PROSECUTED, "2026-03-05"))
                .when(new AdvanceCase(ID, null, CaseStage.INVESTIGATED, LocalDate.of(2026, 5, 1), null, true, null))
                .expectNoEvents()
                .expectException(refusal("MOBILE_TRIAL_NOT_APPLICABLE"));
    }

    @ParameterizedTest(name = "closed for {0} → allowed {1}")
    @CsvSource(value = {"NOT_PROSECUTED, true", "TRANSFERRED, true", "JUDGED, false", "SUSPENDED, false", "null, false"},
            nullValues = "null")
    void givenReceivedSource_whenClosed_thenOnlyForAReasonThatFits(ClosureReason reason, boolean allowed) {
        var when = fixture.given(opened())
                .when(new AdvanceCase(ID, null, CaseStage.CLOSED, OPENED.plusDays(10), null, false, reason));
        if (allowed) {
            when.expectEvents(new CaseStageReached(ID, "17167", CaseStage.SOURCE_RECEIVED, CaseStage.CLOSED, OPENED.plusDays(10), null,
                    false, reason));
        } else {
            when.expectNoEvents().expectException(refusal("CLOSURE_REASON"));
        }
    }

    @Test
    void givenReceivedSource_whenProsecutedWithAClosureReason_thenRefused() {
        fixture.given(opened())
                .when(new AdvanceCase(ID, null, CaseStage.PROSECUTED, OPENED, null, false, ClosureReason.JUDGED))
                .expectNoEvents()
                .expectException(refusal("CLOSURE_REASON"));
    }

    @Test
    void givenClosedCase_whenArrestRecorded_thenTransitionNotAllowed() {
        fixture.given(opened(SUBJECT_LIVING), reached(CaseStage.SOURCE_RECEIVED, CaseStage.CLOSED, "2026-03-10"))
                .when(new RecordArrest(ID, null, "a-1", "p-1", ArrestKind.CAUGHT_IN_ACT, LocalDate.of(2026, 3, 11)))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenSubjectInTheCase_whenArrested_thenCountedWhereTheyLive() {
        fixture.given(opened(SUBJECT_LIVING))
                .when(new RecordArrest(ID, null, "a-1", "p-1", ArrestKind.CAUGHT_IN_ACT, OPENED))
                .expectEvents(new ArrestMade(ID, "a-1", "p-1", SUBJECT, "249", "17167", "17170", "17170-01", ArrestKind.CAUGHT_IN_ACT,
                        OPENED));
    }

    @Test
    void givenLinkedPerson_whenArrested_thenCarriesTheSubjectAndItsResidence() {
        fixture.given(opened(NAMED), new CasePersonLinked(ID, "17167", "p-2", "s-2", "17167", null))
                .when(new RecordArrest(ID, null, "a-1", "p-2", ArrestKind.EMERGENCY, OPENED))
                .expectEvents(new ArrestMade(ID, "a-1", "p-2", "s-2", "249", "17167", "17167", null, ArrestKind.EMERGENCY, OPENED));
    }

    @ParameterizedTest(name = "arrested {0} → allowed {1}")
    @CsvSource({"2026-03-01, false", "2026-03-02, true"})
    void givenOpenCase_whenArrestDated_thenNotBeforeTheCaseOpened(LocalDate on, boolean allowed) {
        var when = fixture.given(opened(NAMED)).when(new RecordArrest(ID, null, "a-1", "p-2", ArrestKind.WARRANT, on));
        if (allowed) {
            when.expectEvents(new ArrestMade(ID, "a-1", "p-2", null, "249", "17167", "17167", "17167-02", ArrestKind.WARRANT, on));
        } else {
            when.expectNoEvents().expectException(refusal("DATE_ORDER"));
        }
    }

    @Test
    void givenArrestedPerson_whenArrestedAgainInTheSameCase_thenRefused() {
        fixture.given(opened(NAMED), new ArrestMade(ID, "a-1", "p-2", null, "249", "17167", "17167", "17167-02", ArrestKind.WARRANT,
                        OPENED))
                .when(new RecordArrest(ID, null, "a-2", "p-2", ArrestKind.WARRANT, OPENED.plusDays(1)))
                .expectNoEvents()
                .expectException(refusal("PERSON_ALREADY_ARRESTED"));
    }

    @Test
    void givenPersonNotInTheCase_whenArrested_thenPersonUnknown() {
        fixture.given(opened(NAMED))
                .when(new RecordArrest(ID, null, "a-1", "p-9", ArrestKind.WARRANT, OPENED))
                .expectNoEvents()
                .expectException(refusal("PERSON_UNKNOWN"));
    }

    @Test
    void givenAdministrativeViolation_whenArrestRecorded_thenNotApplicable() {
        fixture.given(new CaseOpened(ID, CaseKind.ADMINISTRATIVE, null, "Sử dụng trái phép chất ma túy", "17167", null, OPENED, null,
                        null, List.of(NAMED)))
                .when(new RecordArrest(ID, null, "a-1", "p-2", ArrestKind.CAUGHT_IN_ACT, OPENED))
                .expectNoEvents()
                .expectException(refusal("ARREST_NOT_APPLICABLE"));
    }

    @ParameterizedTest(name = "{0} g → allowed {1}")
    @CsvSource({"0, false", "-1.5, false", "0.0001, false", "0.001, true", "12.50, true", "100, true"})
    void givenOpenCase_whenSeizureRecorded_thenQuantityPositiveToTheMilligram(BigDecimal quantity, boolean allowed) {
        var when = fixture.given(opened())
                .when(new RecordSeizure(ID, null, "z-1", SeizedSubstance.HEROIN, quantity, QuantityUnit.GRAM, OPENED));
        if (allowed) {
            when.expectEvents(new SeizureRecorded(ID, "z-1", "17167", SeizedSubstance.HEROIN, Quantities.plain(quantity),
                    QuantityUnit.GRAM, OPENED));
        } else {
            when.expectNoEvents().expectException(refusal("QUANTITY_NOT_POSITIVE"));
        }
    }

    private static OpenCase open(CaseKind kind, String article, String violation, List<CasePerson> persons) {
        return new OpenCase(ID, kind, article, violation, "17167", "17167-02", OPENED, null, "Bắt quả tang", persons);
    }

    private static CaseOpened opened(CasePerson... persons) {
        return new CaseOpened(ID, CaseKind.CRIMINAL, "249", null, "17167", "17167-02", OPENED, null, "Bắt quả tang", List.of(persons));
    }

    private static CaseStageReached reached(CaseStage from, CaseStage stage, String on) {
        return new CaseStageReached(ID, "17167", from, stage, LocalDate.parse(on), null, false,
                stage == CaseStage.CLOSED ? ClosureReason.NOT_PROSECUTED : null);
    }

    // --- erasure at the end of retention (five years in this fixture) ----------------------------------------------

    @Test
    void givenOpenCase_whenErased_thenTransitionNotAllowed() {
        fixture.given(opened(NAMED))
                .when(new EraseCasePersons(ID, null, LocalDate.of(2031, 6, 1), "Hết thời hạn lưu trữ"))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @ParameterizedTest(name = "closed 2026-03-10, erased {0}: {1}")
    @CsvSource({"2031-03-09, false", "2031-03-10, true", "2032-01-01, true"})
    void givenClosedCase_whenErased_thenOnlyOnceRetentionEndedAndTheNamedPersonsAnswered(LocalDate erasedOn, boolean erased) {
        var when = fixture.given(opened(SUBJECT_LIVING, NAMED), reached(CaseStage.SOURCE_RECEIVED, CaseStage.CLOSED, "2026-03-10"))
                .when(new EraseCasePersons(ID, null, erasedOn, " Hết thời hạn lưu trữ "));
        if (erased) {
            when.expectEvents(new CasePersonsErased(ID, erasedOn, "Hết thời hạn lưu trữ", List.of("p-1", "p-2")))
                    .expectResultMessagePayload(List.of("p-1", "p-2"));
        } else {
            when.expectNoEvents().expectException(refusal("RETENTION_NOT_ENDED"));
        }
    }

    @Test
    void givenErasedCase_whenErasedAgain_thenNothingRecordedAndThePersonsAnsweredAgain() {
        fixture.given(opened(NAMED), reached(CaseStage.SOURCE_RECEIVED, CaseStage.CLOSED, "2026-03-10"),
                        new CasePersonsErased(ID, LocalDate.of(2031, 3, 10), "Hết thời hạn lưu trữ", List.of("p-2")))
                .when(new EraseCasePersons(ID, null, LocalDate.of(2031, 3, 11), "Lần nữa"))
                .expectNoEvents()
                .expectResultMessagePayload(List.of("p-2"));
    }

    @Test
    void givenErasedCase_whenAPersonLinked_thenPersonsErasedConflict() {
        fixture.given(opened(NAMED), reached(CaseStage.SOURCE_RECEIVED, CaseStage.CLOSED, "2026-03-10"),
                        new CasePersonsErased(ID, LocalDate.of(2031, 3, 10), "Hết thời hạn lưu trữ", List.of("p-2")))
                .when(new LinkCasePerson(ID, null, "p-2", SUBJECT))
                .expectNoEvents()
                .expectException(refusal("PERSONS_ERASED"));
    }
}
