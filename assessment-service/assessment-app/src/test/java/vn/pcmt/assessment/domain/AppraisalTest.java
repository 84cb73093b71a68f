package vn.pcmt.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.assessment.domain.ProgrammeSchedule.Phase;
import vn.pcmt.assessment.domain.command.DecideRecognition;
import vn.pcmt.assessment.domain.command.ReviewAppraisal;
import vn.pcmt.assessment.domain.criteria.CriteriaSetId;
import vn.pcmt.assessment.domain.event.AppraisalRecorded;
import vn.pcmt.assessment.domain.event.AppraisalReviewed;
import vn.pcmt.assessment.domain.event.RecognitionDecided;
import vn.pcmt.platform.problem.Refusal;

/** Appraisal → council review → recognition decision, with every refusal on both sides. */
class AppraisalTest {

    private static final String ID = "a-1";
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 16);
    private static final List<String> COUNCIL = List.of("Chủ tịch UBND xã", "Trưởng Công an xã", "Bí thư Đoàn");
    private final AggregateTestFixture<Appraisal> fixture = new AggregateTestFixture<>(Appraisal.class);

    private static AppraisalRecorded appraised(String outcome, CriteriaSetId set) {
        return appraised(outcome, set, AppraisalKind.APPRAISAL);
    }

    private static AppraisalRecorded appraised(String outcome, CriteriaSetId set, AppraisalKind kind) {
        return new AppraisalRecorded(ID, "17167-02", AS_OF, set, set.legalSource(), outcome, List.of(), List.of(), kind, Phase.ON_TIME, Map.of());
    }

    private static AppraisalReviewed reviewed() {
        return new AppraisalReviewed(ID, LocalDate.of(2026, 12, 18), COUNCIL, 3, 0, "Nhất trí");
    }

    @ParameterizedTest(name = "reviewed {0} → allowed {1}")
    @CsvSource({"2026-12-15, false", "2026-12-16, true"})
    void givenAppraisal_whenReviewed_thenNotBeforeIt(LocalDate on, boolean allowed) {
        var when = fixture.given(appraised("DRUG_FREE", CriteriaSetId.LOCAL_10))
                .when(new ReviewAppraisal(ID, null, on, COUNCIL, 3, 0, "Nhất trí"));
        if (allowed) {
            when.expectEvents(new AppraisalReviewed(ID, on, COUNCIL, 3, 0, "Nhất trí"));
        } else {
            when.expectNoEvents().expectException(refusal("DATE_ORDER"));
        }
    }

    @ParameterizedTest(name = "{0} for, {1} against of 3 → allowed {2}")
    @CsvSource({"3, 0, true", "2, 1, true", "3, 1, false"})
    void givenCouncilOfThree_whenVotesCounted_thenNoMoreThanItsMembers(int votesFor, int votesAgainst, boolean allowed) {
        var when = fixture.given(appraised("DRUG_FREE", CriteriaSetId.LOCAL_10))
                .when(new ReviewAppraisal(ID, null, AS_OF, COUNCIL, votesFor, votesAgainst, null));
        if (allowed) {
            when.expectSuccessfulHandlerExecution();
        } else {
            when.expectNoEvents().expectException(refusal("VOTES_EXCEED_MEMBERS"));
        }
    }

    @Test
    void givenAppraisalNotReviewed_whenDecided_thenReviewRequired() {
        fixture.given(appraised("DRUG_FREE", CriteriaSetId.LOCAL_10))
                .when(new DecideRecognition(ID, null, true, "1234/QĐ-UBND", AS_OF.plusDays(3), "Chủ tịch UBND huyện", null, false))
                .expectNoEvents()
                .expectException(refusal("REVIEW_REQUIRED"));
    }

    @ParameterizedTest(name = "decided {0} → allowed {1}")
    @CsvSource({"2026-12-17, false", "2026-12-18, true"})
    void givenReviewedAppraisal_whenDecided_thenNotBeforeTheReviewAndForTheYearAppraised(LocalDate on, boolean allowed) {
        var when = fixture.given(appraised("DRUG_FREE", CriteriaSetId.LOCAL_10), reviewed())
                .when(new DecideRecognition(ID, null, true, " 1234/QĐ-UBND ", on, "Chủ tịch UBND huyện", null, false));
        if (allowed) {
            when.expectEvents(new RecognitionDecided(ID, "17167-02", 2026, CriteriaSetId.LOCAL_10, true, "1234/QĐ-UBND", on,
                    "Chủ tịch UBND huyện", null));
        } else {
            when.expectNoEvents().expectException(refusal("DATE_ORDER"));
        }
    }

    @ParameterizedTest(name = "{0} for, {1} against → recognised allowed {2}")
    @CsvSource({"2, 1, true", "1, 1, false", "0, 3, false"})
    void givenCouncilVotes_whenRecognised_thenOnlyWithMoreVotesForThanAgainst(int votesFor, int votesAgainst, boolean allowed) {
        var when = fixture.given(appraised("DRUG_FREE", CriteriaSetId.LOCAL_10),
                        new AppraisalReviewed(ID, AS_OF, COUNCIL, votesFor, votesAgainst, null))
                .when(new DecideRecognition(ID, null, true, "1/QĐ", AS_OF.plusDays(3), "Chủ tịch", null, false));
        if (allowed) {
            when.expectSuccessfulHandlerExecution();
        } else {
            when.expectNoEvents().expectException(refusal("COUNCIL_NOT_IN_FAVOUR"));
        }
    }

    @Test
    void givenTheSameMemberTwice_whenReviewed_thenRefused() {
        fixture.given(appraised("DRUG_FREE", CriteriaSetId.LOCAL_10))
                .when(new ReviewAppraisal(ID, null, AS_OF, List.of("Trưởng thôn", "Trưởng thôn"), 2, 0, null))
                .expectNoEvents()
                .expectException(refusal("MEMBERS_DUPLICATE"));
    }

    @Test
    void givenAreaThatFailedTheCriteria_whenRecognised_thenCriteriaNotMet() {
        fixture.given(appraised("NOT_DRUG_FREE", CriteriaSetId.QD28_2025_DRUG_FREE), reviewed())
                .when(new DecideRecognition(ID, null, true, "1/QĐ", AS_OF.plusDays(3), "Chủ tịch", null, false))
                .expectNoEvents()
                .expectException(refusal("CRITERIA_NOT_MET"));
    }

    @Test
    void givenRefusalWithoutReasons_whenDecided_thenReasonsRequired() {
        fixture.given(appraised("NOT_DRUG_FREE", CriteriaSetId.LOCAL_10), reviewed())
                .when(new DecideRecognition(ID, null, false, "1/QĐ", AS_OF.plusDays(3), "Chủ tịch", " ", false))
                .expectNoEvents()
                .expectException(refusal("REASONS_REQUIRED"));
    }

    @Test
    void givenDecided_whenDecidedAgain_thenTransitionNotAllowed() {
        fixture.given(appraised("DRUG_FREE", CriteriaSetId.LOCAL_10), reviewed(), new RecognitionDecided(ID, "17167-02", 2026,
                        CriteriaSetId.LOCAL_10, true, "1/QĐ", AS_OF.plusDays(3), "Chủ tịch", null))
                .when(new DecideRecognition(ID, null, false, "2/QĐ", AS_OF.plusDays(4), "Chủ tịch", "Nhầm", false))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenSelfAssessment_whenReviewed_thenThePoliceAppraisalIsWhatTheCouncilReviews() {
        fixture.given(appraised("DRUG_FREE", CriteriaSetId.LOCAL_10, AppraisalKind.SELF_ASSESSMENT))
                .when(new ReviewAppraisal(ID, null, AS_OF, COUNCIL, 3, 0, null))
                .expectNoEvents()
                .expectException(refusal("POLICE_APPRAISAL_REQUIRED"));
    }

    @ParameterizedTest(name = "recognised {0}, self-assessment missing {1} → allowed {2}")
    @CsvSource({"true, true, false", "true, false, true", "false, true, true"})
    void givenReviewedAppraisal_whenDecided_thenRecognitionNeedsTheSelfAssessmentTheScheduleWants(boolean recognized, boolean missing,
                                                                                                 boolean allowed) {
        var when = fixture.given(appraised("DRUG_FREE", CriteriaSetId.LOCAL_10), reviewed())
                .when(new DecideRecognition(ID, null, recognized, "1/QĐ", AS_OF.plusDays(3), "Chủ tịch", recognized ? null : "Chưa đạt",
                        missing));
        if (allowed) {
            when.expectEvents(new RecognitionDecided(ID, "17167-02", 2026, CriteriaSetId.LOCAL_10, recognized, "1/QĐ", AS_OF.plusDays(3),
                    "Chủ tịch", recognized ? null : "Chưa đạt"));
        } else {
            when.expectNoEvents().expectException(refusal("SELF_ASSESSMENT_REQUIRED"));
        }
    }

    @Test
    void givenKeyAreaClassification_whenReviewed_thenNotRecognisable() {
        fixture.given(appraised("TYPE_II", CriteriaSetId.QD28_2025_COMMUNE_KEY_AREA))
                .when(new ReviewAppraisal(ID, null, AS_OF, COUNCIL, 3, 0, null))
                .expectNoEvents()
                .expectException(refusal("CRITERIA_SET_NOT_RECOGNISABLE"));
    }

    private static Matcher<?> refusal(String code) {
        return Matchers.predicate(e -> e instanceof Refusal r && r.code().equals(code));
    }
}
