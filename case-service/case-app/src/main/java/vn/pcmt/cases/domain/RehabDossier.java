package vn.pcmt.cases.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
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
import vn.pcmt.platform.calendar.WorkingDays;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * A dossier asking the court to send a person to compulsory rehab, through the steps of TTLT 03/2025. Deadlines are
 * computed in working days when a step is recorded and kept in its event; a step done after its deadline is recorded
 * (the law's deadline does not undo the step) and marked late.
 */
@Aggregate(cache = "rehabDossierCache")
public class RehabDossier {

    /** TTLT 03/2025: the person has 3 working days to read the dossier after written notice. */
    static final int READING_WORKING_DAYS = 3;
    /** TTLT 03/2025: the dossier goes to the court within 1 working day after the reading period. */
    static final int SEND_WORKING_DAYS = 1;
    /**
     * DOMAIN.md (TTLT 03/2025): the police execute the decision within 5 days of receiving it; a deadline falling on a
     * day off moves to the next working day (Civil Code 2015, Art. 148).
     */
    static final int EXECUTION_DAYS = 5;
    /** TTLT 03/2025: the addiction proof may be at most 6 months old. */
    static final int ADDICTION_PROOF_MONTHS = 6;
    /** A proposal can be withdrawn until the court decides on it. */
    private static final EnumSet<DossierStage> WITHDRAWABLE = EnumSet.of(DossierStage.PREPARED, DossierStage.NOTIFIED,
            DossierStage.SENT_TO_COURT, DossierStage.RETURNED);

    @AggregateIdentifier
    private String dossierId;
    private String subjectId;
    private String communeCode;
    private boolean repeat;
    private LocalDate addictionProofOn;
    private DossierStage stage;
    private LocalDate preparedOn;
    private LocalDate readingEndsOn;
    private LocalDate sendDueOn;
    private LocalDate sentOn;
    private LocalDate returnedOn;
    /** the date of the latest step before the court's decision */
    private LocalDate lastStepOn;
    private LocalDate receivedOn;
    private LocalDate executionDueOn;
    private LocalDate executedOn;
    private int months;

    protected RehabDossier() {
        // for Axon
    }

    @CommandHandler
    public RehabDossier(PrepareRehabDossier command, SubjectDirectory subjects) {
        requireResident(command, subjects);
        List<FieldProblem> missing = new ArrayList<>();
        if (command.violationRecordOn() == null) {
            missing.add(new FieldProblem("violationRecordOn", "REQUIRED", "Thiếu biên bản vi phạm."));
        }
        if (!command.cvSummary()) {
            missing.add(new FieldProblem("cvSummary", "REQUIRED", "Thiếu bản tóm tắt lý lịch."));
        }
        if (command.addictionProofOn() == null) {
            missing.add(new FieldProblem("addictionProofOn", "REQUIRED", "Thiếu phiếu xác định tình trạng nghiện."));
        }
        if (!command.personStatement()) {
            missing.add(new FieldProblem("personStatement", "REQUIRED", "Thiếu bản tường trình của người bị đề nghị."));
        }
        if (!missing.isEmpty()) {
            throw new Refusal(Refusal.Kind.RULE_VIOLATED, "DOSSIER_INCOMPLETE",
                    "Hồ sơ chưa đủ tài liệu theo TTLT 03/2025.", missing);
        }
        requireOrder(command.addictionProofOn(), command.preparedOn(), "addictionProofOn", "Phiếu xác định nghiện có ngày sau ngày lập hồ sơ.");
        requireOrder(command.violationRecordOn(), command.preparedOn(), "violationRecordOn", "Biên bản vi phạm có ngày sau ngày lập hồ sơ.");
        if (command.addictionProofOn().isBefore(command.preparedOn().minusMonths(ADDICTION_PROOF_MONTHS))) {
            throw Refusal.ruleViolated("ADDICTION_PROOF_TOO_OLD", "Phiếu xác định tình trạng nghiện đã quá 6 tháng.",
                    new FieldProblem("addictionProofOn", "TOO_OLD", "Quá 6 tháng tính đến ngày lập hồ sơ."));
        }
        apply(new RehabDossierPrepared(command.dossierId(), command.subjectId(), command.communeCode(), command.preparedOn(),
                command.violationRecordOn(), command.addictionProofOn(), command.repeat()));
    }

    @CommandHandler
    void handle(NotifyPerson command) {
        requireStage(DossierStage.PREPARED, "thông báo cho người bị đề nghị");
        requireOrder(preparedOn, command.notifiedOn(), "notifiedOn", "Ngày thông báo trước ngày lập hồ sơ.");
        LocalDate readingEnds = WorkingDays.vietnam().plus(command.notifiedOn(), READING_WORKING_DAYS);
        apply(new PersonNotified(dossierId, command.notifiedOn(), readingEnds,
                WorkingDays.vietnam().plus(readingEnds, SEND_WORKING_DAYS)));
    }

    @CommandHandler
    void handle(SendDossierToCourt command) {
        if (stage == DossierStage.RETURNED) {
            resend(command);
            return;
        }
        requireStage(DossierStage.NOTIFIED, "chuyển hồ sơ đến Tòa án");
        requireRecentProof(command.sentOn());
        if (!command.sentOn().isAfter(readingEndsOn)) {
            throw Refusal.ruleViolated("READING_PERIOD_NOT_OVER", "Người bị đề nghị được đọc hồ sơ đến hết ngày "
                    + readingEndsOn + "; chỉ chuyển hồ sơ sau ngày đó.",
                    new FieldProblem("sentOn", "TOO_EARLY", "Chưa hết thời hạn đọc hồ sơ."));
        }
        apply(new DossierSentToCourt(dossierId, command.sentOn(), command.sentOn().isAfter(sendDueOn)));
    }

    /** Completed after the court returned it: the reading period is long over; the addiction proof must still be recent. */
    private void resend(SendDossierToCourt command) {
        requireOrder(returnedOn, command.sentOn(), "sentOn", "Ngày chuyển lại trước ngày Tòa án trả hồ sơ.");
        requireRecentProof(command.sentOn());
        apply(new DossierSentToCourt(dossierId, command.sentOn(), false));
    }

    @CommandHandler
    void handle(ReturnDossier command) {
        requireStage(DossierStage.SENT_TO_COURT, "ghi nhận Tòa án trả hồ sơ");
        requireOrder(sentOn, command.returnedOn(), "returnedOn", "Ngày trả hồ sơ trước ngày chuyển hồ sơ.");
        requirePresent(command.reason(), "reason");
        apply(new DossierReturned(dossierId, command.returnedOn(), command.reason().strip()));
    }

    @CommandHandler
    void handle(WithdrawDossier command) {
        if (!WITHDRAWABLE.contains(stage)) {
            throw Refusal.ruleViolated("STAGE_ORDER", "Không thể rút hồ sơ khi hồ sơ đang ở bước " + stage + ".",
                    new FieldProblem("step", "STAGE_ORDER", "Chỉ rút được hồ sơ trước khi Tòa án quyết định."));
        }
        requireOrder(lastStepOn, command.withdrawnOn(), "withdrawnOn", "Ngày rút hồ sơ trước bước đã ghi nhận (" + lastStepOn + ").");
        requirePresent(command.reason(), "reason");
        apply(new DossierWithdrawn(dossierId, stage, command.withdrawnOn(), command.reason().strip()));
    }

    @CommandHandler
    void handle(RecordCourtDecision command) {
        requireStage(DossierStage.SENT_TO_COURT, "ghi nhận quyết định của Tòa án");
        requireOrder(sentOn, command.decidedOn(), "decidedOn", "Ngày quyết định trước ngày chuyển hồ sơ.");
        requireOrder(command.decidedOn(), command.receivedOn(), "receivedOn", "Ngày nhận trước ngày quyết định.");
        requirePresent(command.decisionNo(), "decisionNo");
        if (command.accepted() && command.months() == null) {
            throw Refusal.ruleViolated("REHAB_TERM_MISSING", "Thiếu thời hạn cai nghiện bắt buộc trong quyết định.",
                    new FieldProblem("months", "REQUIRED", "Không được để trống."));
        }
        // the court's decision is a fact: an unusual term is flagged for the province to look at, not refused
        String irregular = command.accepted() ? RehabTerm.refusal(command.decidedOn(), repeat, command.months()) : null;
        apply(new CourtDecisionRecorded(dossierId, command.decisionNo().strip(), command.decidedOn(), command.receivedOn(),
                command.accepted(), command.accepted() ? command.months() : null,
                command.accepted() ? executionDue(command.receivedOn()) : null, irregular));
    }

    @CommandHandler
    void handle(ExecuteDecision command) {
        requireStage(DossierStage.ACCEPTED, "thi hành quyết định");
        requireOrder(receivedOn, command.executedOn(), "executedOn", "Ngày thi hành trước ngày nhận quyết định.");
        requirePresent(command.facility(), "facility");
        apply(new DecisionExecuted(dossierId, subjectId, communeCode, command.executedOn(), command.facility().strip(), months,
                command.executedOn().isAfter(executionDueOn)));
    }

    @CommandHandler
    void handle(EndCompulsoryRehab command) {
        requireStage(DossierStage.EXECUTED, "kết thúc cai nghiện bắt buộc");
        requireOrder(executedOn, command.endsOn(), "endsOn", "Ngày kết thúc trước ngày vào cơ sở.");
        requirePresent(command.outcome(), "outcome");
        apply(new CompulsoryRehabFinished(dossierId, subjectId, communeCode, command.endsOn(), command.outcome()));
    }

    @EventSourcingHandler
    void on(RehabDossierPrepared event) {
        dossierId = event.dossierId();
        subjectId = event.subjectId();
        communeCode = event.communeCode();
        repeat = event.repeat();
        addictionProofOn = event.addictionProofOn();
        preparedOn = event.preparedOn();
        lastStepOn = event.preparedOn();
        stage = DossierStage.PREPARED;
    }

    @EventSourcingHandler
    void on(PersonNotified event) {
        readingEndsOn = event.readingEndsOn();
        sendDueOn = event.sendDueOn();
        lastStepOn = event.notifiedOn();
        stage = DossierStage.NOTIFIED;
    }

    @EventSourcingHandler
    void on(DossierSentToCourt event) {
        sentOn = event.sentOn();
        lastStepOn = event.sentOn();
        stage = DossierStage.SENT_TO_COURT;
    }

    @EventSourcingHandler
    void on(DossierReturned event) {
        returnedOn = event.returnedOn();
        lastStepOn = event.returnedOn();
        stage = DossierStage.RETURNED;
    }

    @EventSourcingHandler
    void on(DossierWithdrawn event) {
        stage = DossierStage.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(CourtDecisionRecorded event) {
        receivedOn = event.receivedOn();
        executionDueOn = event.executionDueOn();
        months = event.months() == null ? 0 : event.months();
        stage = event.accepted() ? DossierStage.ACCEPTED : DossierStage.REJECTED;
    }

    @EventSourcingHandler
    void on(DecisionExecuted event) {
        executedOn = event.executedOn();
        stage = DossierStage.EXECUTED;
    }

    @EventSourcingHandler
    void on(CompulsoryRehabFinished event) {
        stage = DossierStage.ENDED;
    }

    private void requireRecentProof(LocalDate sentOn) {
        if (addictionProofOn.isBefore(sentOn.minusMonths(ADDICTION_PROOF_MONTHS))) {
            throw Refusal.ruleViolated("ADDICTION_PROOF_TOO_OLD", "Phiếu xác định tình trạng nghiện đã quá 6 tháng vào ngày "
                    + "chuyển hồ sơ; cần xác định lại.", new FieldProblem("on", "TOO_OLD", "Quá 6 tháng tính đến ngày chuyển."));
        }
    }

    /** 5 days after receipt, moved to the next working day when it falls on a day off. */
    static LocalDate executionDue(LocalDate receivedOn) {
        LocalDate due = receivedOn.plusDays(EXECUTION_DAYS);
        return WorkingDays.vietnam().isWorkingDay(due) ? due : WorkingDays.vietnam().plus(due, 1);
    }

    private static void requirePresent(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw Refusal.invalid("VALIDATION_FAILED", "Bước này cần trường " + field + ".",
                    new FieldProblem(field, "REQUIRED", "Không được để trống."));
        }
    }

    private void requireStage(DossierStage required, String step) {
        if (stage != required) {
            throw Refusal.ruleViolated("STAGE_ORDER", "Không thể " + step + " khi hồ sơ đang ở bước " + stage + ".",
                    new FieldProblem("step", "STAGE_ORDER", "Sai thứ tự các bước."));
        }
    }

    private static void requireOrder(LocalDate first, LocalDate then, String field, String detail) {
        if (then.isBefore(first)) {
            throw Refusal.ruleViolated("DATE_ORDER", detail, new FieldProblem(field, "DATE_ORDER", detail));
        }
    }

    /**
     * The dossier is prepared by the commune where the person lives (where the violation was, for a person without a
     * stable residence).
     *
     * @throws Refusal 422 {@code SUBJECT_UNKNOWN} or {@code SUBJECT_NOT_RESIDENT}
     */
    public static void requireResident(PrepareRehabDossier command, SubjectDirectory subjects) {
        Residence residence = subjects.require(command.subjectId(), "subjectId");
        if (!residence.communeCode().equals(command.communeCode()) && !subjects.withoutStableResidence(command.subjectId())) {
            throw Refusal.ruleViolated("SUBJECT_NOT_RESIDENT", "Đối tượng không cư trú tại xã " + command.communeCode()
                    + "; hồ sơ do Trưởng Công an xã nơi người đó cư trú lập (nơi vi phạm, nếu không có nơi cư trú ổn định).",
                    new FieldProblem("communeCode", "SUBJECT_NOT_RESIDENT", "Đối tượng không cư trú tại xã này."));
        }
    }
}
