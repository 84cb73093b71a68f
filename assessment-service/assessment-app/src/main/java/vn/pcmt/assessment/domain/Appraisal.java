package vn.pcmt.assessment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.assessment.domain.command.DecideRecognition;
import vn.pcmt.assessment.domain.command.RecordAppraisal;
import vn.pcmt.assessment.domain.command.ReviewAppraisal;
import vn.pcmt.assessment.domain.criteria.CriteriaSetId;
import vn.pcmt.assessment.domain.event.AppraisalRecorded;
import vn.pcmt.assessment.domain.event.AppraisalReviewed;
import vn.pcmt.assessment.domain.event.RecognitionDecided;
import vn.pcmt.assessment.domain.facts.ProgrammeYear;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * An appraisal (thẩm định) of an area as of a date against one criteria set, kept as it was made: every criterion
 * with its text, the facts it read and why; then the review council's votes, and the recognition decision (only for
 * an area that met the criteria; a refusal with reasons) for the programme year of the appraisal. An area's
 * self-assessment is recorded the same way and goes no further.
 */
@Aggregate
public class Appraisal {

    /** The sets whose outcome an area can be recognised for; key-area sets classify, they do not recognise. */
    private static final Set<CriteriaSetId> RECOGNISABLE = EnumSet.of(CriteriaSetId.QD28_2025_DRUG_FREE, CriteriaSetId.LOCAL_10);

    @AggregateIdentifier
    private String appraisalId;
    private String areaCode;
    private LocalDate asOf;
    private CriteriaSetId criteriaSet;
    private AppraisalKind kind;
    private String outcome;
    private LocalDate reviewedOn;
    private boolean councilInFavour;
    private boolean decided;

    protected Appraisal() {
        // for Axon
    }

    @CommandHandler
    public Appraisal(RecordAppraisal command) {
        apply(new AppraisalRecorded(command.appraisalId(), command.areaCode(), command.asOf(), command.result().criteriaSet(),
                command.result().criteriaSet().legalSource(), command.result().outcome(), command.result().criteria(), command.eventPositions(),
                command.kind(), command.phase(), command.scopes()));
    }

    @CommandHandler
    void handle(ReviewAppraisal command) {
        requireRecognisable();
        if (decided) {
            throw decidedAlready();
        }
        requireNotBefore(command.reviewedOn(), asOf, "reviewedOn", "Ngày họp hội đồng trước ngày thẩm định.");
        if (new HashSet<>(command.members()).size() != command.members().size()) {
            throw Refusal.invalid("MEMBERS_DUPLICATE", "Một thành viên được ghi hai lần.",
                    new FieldProblem("members", "DUPLICATE", "Trùng thành viên."));
        }
        if (command.votesFor() + command.votesAgainst() > command.members().size()) {
            throw Refusal.ruleViolated("VOTES_EXCEED_MEMBERS", "Số phiếu (" + (command.votesFor() + command.votesAgainst())
                    + ") nhiều hơn số thành viên hội đồng (" + command.members().size() + ").",
                    new FieldProblem("votesFor", "VOTES_EXCEED_MEMBERS", "Nhiều phiếu hơn số thành viên."));
        }
        apply(new AppraisalReviewed(appraisalId, command.reviewedOn(), List.copyOf(command.members()), command.votesFor(),
                command.votesAgainst(), command.minutes()));
    }

    @CommandHandler
    void handle(DecideRecognition command) {
        requireRecognisable();
        if (decided) {
            throw decidedAlready();
        }
        if (reviewedOn == null) {
            throw Refusal.ruleViolated("REVIEW_REQUIRED", "Hội đồng chưa xét kết quả thẩm định; chưa thể ra quyết định.",
                    new FieldProblem("appraisalId", "REVIEW_REQUIRED", "Chưa có kết quả xét của hội đồng."));
        }
        requireNotBefore(command.decidedOn(), reviewedOn, "decidedOn", "Ngày quyết định trước ngày họp hội đồng.");
        if (command.recognized() && !councilInFavour) {
            throw Refusal.ruleViolated("COUNCIL_NOT_IN_FAVOUR", "Hội đồng không tán thành (số phiếu tán thành không nhiều hơn không tán thành).",
                    new FieldProblem("recognized", "COUNCIL_NOT_IN_FAVOUR", "Hội đồng không tán thành."));
        }
        if (command.recognized() && !"DRUG_FREE".equals(outcome)) {
            throw Refusal.ruleViolated("CRITERIA_NOT_MET", "Kết quả thẩm định là " + outcome + ": không thể công nhận.",
                    new FieldProblem("recognized", "CRITERIA_NOT_MET", "Địa bàn chưa đạt các tiêu chí."));
        }
        if (command.recognized() && command.selfAssessmentMissing()) {
            throw Refusal.ruleViolated("SELF_ASSESSMENT_REQUIRED", "Địa bàn " + areaCode + " chưa tự đánh giá năm này; chưa thể công nhận.",
                    new FieldProblem("appraisalId", "SELF_ASSESSMENT_REQUIRED", "Chưa có kết quả tự đánh giá."));
        }
        if (!command.recognized() && (command.reasons() == null || command.reasons().isBlank())) {
            throw Refusal.invalid("REASONS_REQUIRED", "Không công nhận phải nêu lý do.",
                    new FieldProblem("reasons", "REQUIRED", "Nêu lý do không công nhận."));
        }
        apply(new RecognitionDecided(appraisalId, areaCode, ProgrammeYear.appraisedOn(asOf).year(), criteriaSet, command.recognized(),
                command.decisionNo().strip(), command.decidedOn(), command.signer().strip(), command.reasons()));
    }

    @EventSourcingHandler
    void on(AppraisalRecorded event) {
        appraisalId = event.appraisalId();
        areaCode = event.areaCode();
        asOf = event.asOf();
        criteriaSet = event.criteriaSet();
        kind = event.kind();
        outcome = event.outcome();
    }

    @EventSourcingHandler
    void on(AppraisalReviewed event) {
        reviewedOn = event.reviewedOn();
        councilInFavour = event.votesFor() > event.votesAgainst();
    }

    @EventSourcingHandler
    void on(RecognitionDecided event) {
        decided = true;
    }

    private void requireRecognisable() {
        if (kind == AppraisalKind.SELF_ASSESSMENT) {
            throw Refusal.ruleViolated("POLICE_APPRAISAL_REQUIRED", "Đây là kết quả tự đánh giá của địa bàn; hội đồng xét và quyết định "
                    + "công nhận trên kết quả thẩm định của công an.", new FieldProblem("appraisalId", "POLICE_APPRAISAL_REQUIRED",
                    "Kết quả tự đánh giá, không phải thẩm định."));
        }
        if (!RECOGNISABLE.contains(criteriaSet)) {
            throw Refusal.ruleViolated("CRITERIA_SET_NOT_RECOGNISABLE", "Bộ tiêu chí " + criteriaSet + " dùng để phân loại, không để công nhận.",
                    new FieldProblem("appraisalId", "CRITERIA_SET_NOT_RECOGNISABLE", "Không dùng để công nhận."));
        }
    }

    private static Refusal decidedAlready() {
        return Refusal.ruleViolated("TRANSITION_NOT_ALLOWED", "Đã có quyết định cho kết quả thẩm định này.",
                new FieldProblem("appraisalId", "TRANSITION_NOT_ALLOWED", "Đã có quyết định."));
    }

    private static void requireNotBefore(LocalDate date, LocalDate earliest, String field, String detail) {
        if (date.isBefore(earliest)) {
            throw Refusal.ruleViolated("DATE_ORDER", detail, new FieldProblem(field, "DATE_ORDER", detail));
        }
    }
}
