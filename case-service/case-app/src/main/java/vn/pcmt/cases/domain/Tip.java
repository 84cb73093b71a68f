package vn.pcmt.cases.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.cases.domain.command.DismissTip;
import vn.pcmt.cases.domain.command.EraseTipster;
import vn.pcmt.cases.domain.command.ReceiveTip;
import vn.pcmt.cases.domain.command.ResolveTip;
import vn.pcmt.cases.domain.command.TriageTip;
import vn.pcmt.cases.domain.command.VerifyTip;
import vn.pcmt.cases.domain.event.TipDismissed;
import vn.pcmt.cases.domain.event.TipReceived;
import vn.pcmt.cases.domain.event.TipResolved;
import vn.pcmt.cases.domain.event.TipTriaged;
import vn.pcmt.cases.domain.event.TipVerified;
import vn.pcmt.cases.domain.event.TipsterErased;
import vn.pcmt.platform.privacy.Retention;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * A tip (nguồn tin, tố giác): received → triaged → verified → resolved into a case, a hotspot or a subject, or
 * dismissed with a reason at any step before. Anonymous tips carry no tipster; a named tipster is kept for the
 * handling officers only.
 */
@Aggregate(cache = "tipCache")
public class Tip {

    @AggregateIdentifier
    private String tipId;
    private TipStage stage;
    private LocalDate since;
    private boolean confirmed;
    private boolean erased;

    protected Tip() {
        // for Axon
    }

    @CommandHandler
    public Tip(ReceiveTip command, AreaDirectory areas) {
        if (command.anonymous() && command.tipster() != null) {
            throw Refusal.invalid("TIPSTER_NOT_ANONYMOUS", "Tin báo nặc danh không ghi người báo tin.",
                    new FieldProblem("tipster", "TIPSTER_NOT_ANONYMOUS", "Bỏ thông tin người báo hoặc bỏ chọn nặc danh."));
        }
        if (!command.anonymous() && (command.tipster() == null || command.tipster().fullName() == null
                || command.tipster().fullName().isBlank())) {
            throw Refusal.invalid("TIPSTER_REQUIRED", "Tin báo không nặc danh phải ghi họ tên người báo tin.",
                    new FieldProblem("tipster.fullName", "REQUIRED", "Ghi họ tên người báo tin, hoặc chọn nặc danh."));
        }
        areas.requireVillageOf(command.communeCode(), command.villageCode(), "villageCode");
        apply(new TipReceived(command.tipId(), command.channel(), command.receivedOn(), command.communeCode(), command.villageCode(),
                command.content().strip(), command.anonymous(), command.tipster(), command.receivedBy()));
    }

    @CommandHandler
    void handle(TriageTip command) {
        requireStage(TipStage.RECEIVED, "phân loại");
        DateOrder.requireNotBefore(command.on(), since, "on");
        apply(new TipTriaged(tipId, command.on(), command.urgent(), command.handlers()));
    }

    @CommandHandler
    void handle(VerifyTip command) {
        requireStage(TipStage.TRIAGED, "xác minh");
        DateOrder.requireNotBefore(command.on(), since, "on");
        apply(new TipVerified(tipId, command.on(), command.confirmed(), command.findings()));
    }

    @CommandHandler
    void handle(ResolveTip command, KnownRecords records, SubjectDirectory subjects) {
        requireStage(TipStage.VERIFIED, "kết luận");
        if (!confirmed) {
            throw Refusal.ruleViolated("TIP_NOT_CONFIRMED", "Tin báo xác minh không đúng sự thật: chỉ có thể kết thúc (dismiss).",
                    new FieldProblem("outcome", "TIP_NOT_CONFIRMED", "Tin chưa được xác minh là đúng."));
        }
        DateOrder.requireNotBefore(command.on(), since, "on");
        boolean exists = switch (command.outcome()) {
            case CASE -> records.caseExists(command.referenceId());
            case HOTSPOT -> records.hotspotExists(command.referenceId());
            case SUBJECT -> subjects.residenceOf(command.referenceId()).isPresent();
        };
        if (!exists) {
            throw Refusal.ruleViolated("REFERENCE_UNKNOWN", "Không có " + command.outcome() + " mã " + command.referenceId() + ".",
                    new FieldProblem("referenceId", "REFERENCE_UNKNOWN", "Không tìm thấy hồ sơ được dẫn chiếu."));
        }
        apply(new TipResolved(tipId, command.on(), command.outcome(), command.referenceId()));
    }

    @CommandHandler
    void handle(DismissTip command) {
        if (stage == TipStage.RESOLVED || stage == TipStage.DISMISSED) {
            throw closed();
        }
        DateOrder.requireNotBefore(command.on(), since, "on");
        apply(new TipDismissed(tipId, stage, command.on(), command.reason().strip()));
    }

    /**
     * The end of retention: a resolved or dismissed tip, once the retention has run since then. Answers the tip's id,
     * which keys its tipster's data, for the caller to destroy; sent again, it records nothing and answers it again.
     */
    @CommandHandler
    List<String> handle(EraseTipster command, Retention retention) {
        if (!erased) {
            if (stage != TipStage.RESOLVED && stage != TipStage.DISMISSED) {
                throw PersonalDataErasure.stillOpen("Tin báo", "tipId");
            }
            retention.requireEndedBy(since, command.erasedOn(), "erasedOn");
            apply(new TipsterErased(tipId, command.erasedOn(), command.reason().strip()));
        }
        return List.of(tipId);
    }

    @EventSourcingHandler
    void on(TipReceived event) {
        tipId = event.tipId();
        stage = TipStage.RECEIVED;
        since = event.receivedOn();
    }

    @EventSourcingHandler
    void on(TipTriaged event) {
        stage = TipStage.TRIAGED;
        since = event.on();
    }

    @EventSourcingHandler
    void on(TipVerified event) {
        stage = TipStage.VERIFIED;
        since = event.on();
        confirmed = event.confirmed();
    }

    @EventSourcingHandler
    void on(TipResolved event) {
        stage = TipStage.RESOLVED;
        since = event.on();
    }

    @EventSourcingHandler
    void on(TipDismissed event) {
        stage = TipStage.DISMISSED;
        since = event.on();
    }

    @EventSourcingHandler
    void on(TipsterErased event) {
        erased = true;
    }

    private void requireStage(TipStage expected, String step) {
        if (stage == TipStage.RESOLVED || stage == TipStage.DISMISSED) {
            throw closed();
        }
        if (stage != expected) {
            throw Refusal.ruleViolated("STAGE_ORDER", "Tin báo đang ở bước " + stage + ", chưa thể " + step + ".",
                    new FieldProblem("stage", "STAGE_ORDER", "Không đúng thứ tự các bước."));
        }
    }

    private static Refusal closed() {
        return Refusal.ruleViolated("TRANSITION_NOT_ALLOWED", "Tin báo đã được giải quyết.",
                new FieldProblem("tipId", "TRANSITION_NOT_ALLOWED", "Tin báo đã được giải quyết."));
    }
}
