package vn.pcmt.assessment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.assessment.domain.command.CompleteTransformation;
import vn.pcmt.assessment.domain.command.RecordRelapse;
import vn.pcmt.assessment.domain.command.SelectForTransformation;
import vn.pcmt.assessment.domain.event.AreaTransformed;
import vn.pcmt.assessment.domain.event.TransformationRelapsed;
import vn.pcmt.assessment.domain.event.TransformationSelected;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * The transformation (chuyển hóa) of a key complex commune (QĐ 5027/QĐ-BCA-C04; seed 004): selected while it is a
 * key area under QĐ 28 Art. 4 (its type then is the baseline), transformed once its facts no longer make it one, and
 * relapsed (phức tạp trở lại) if afterwards they do. Each step is judged on the commune's facts of its day; the officer
 * cannot declare what the facts do not show.
 */
@Aggregate
public class Transformation {

    /** The Art. 4 outcome of a commune that is not a key area. */
    public static final String NOT_KEY_AREA = "NONE";

    @AggregateIdentifier
    private String transformationId;
    private String communeCode;
    private TransformationStage stage;
    private LocalDate since;

    protected Transformation() {
        // for Axon
    }

    @CommandHandler
    public Transformation(SelectForTransformation command) {
        if (NOT_KEY_AREA.equals(command.typeOnSelection())) {
            throw Refusal.ruleViolated("NOT_A_KEY_AREA", "Xã " + command.communeCode() + " không phải địa bàn trọng điểm, phức tạp về ma túy "
                    + "theo Điều 4 Quyết định 28/2025 ngày " + command.selectedOn() + "; không có gì để chuyển hóa.",
                    new FieldProblem("communeCode", "NOT_A_KEY_AREA", "Không phải địa bàn trọng điểm."));
        }
        apply(new TransformationSelected(command.transformationId(), command.communeCode(), command.selectedOn(),
                command.decisionNo().strip(), command.typeOnSelection()));
    }

    @CommandHandler
    void handle(CompleteTransformation command) {
        requireStage(TransformationStage.SELECTED);
        requireNotBefore(command.transformedOn(), "transformedOn");
        if (!NOT_KEY_AREA.equals(command.typeOnDay())) {
            throw Refusal.ruleViolated("STILL_KEY_AREA", "Ngày " + command.transformedOn() + " xã vẫn là địa bàn trọng điểm loại "
                    + command.typeOnDay() + "; chưa thể công nhận chuyển hóa.",
                    new FieldProblem("transformedOn", "STILL_KEY_AREA", "Vẫn là địa bàn trọng điểm."));
        }
        apply(new AreaTransformed(transformationId, communeCode, command.transformedOn(), command.decisionNo().strip()));
    }

    @CommandHandler
    void handle(RecordRelapse command) {
        requireStage(TransformationStage.TRANSFORMED);
        requireNotBefore(command.relapsedOn(), "relapsedOn");
        if (NOT_KEY_AREA.equals(command.typeOnDay())) {
            throw Refusal.ruleViolated("NOT_RELAPSED", "Số liệu ngày " + command.relapsedOn() + " không cho thấy xã là địa bàn trọng điểm "
                    + "trở lại.", new FieldProblem("relapsedOn", "NOT_RELAPSED", "Chưa phức tạp trở lại."));
        }
        apply(new TransformationRelapsed(transformationId, communeCode, command.relapsedOn(), command.typeOnDay(),
                command.reason() == null ? null : command.reason().strip()));
    }

    @EventSourcingHandler
    void on(TransformationSelected event) {
        transformationId = event.transformationId();
        communeCode = event.communeCode();
        stage = TransformationStage.SELECTED;
        since = event.selectedOn();
    }

    @EventSourcingHandler
    void on(AreaTransformed event) {
        stage = TransformationStage.TRANSFORMED;
        since = event.transformedOn();
    }

    @EventSourcingHandler
    void on(TransformationRelapsed event) {
        stage = TransformationStage.RELAPSED;
        since = event.relapsedOn();
    }

    private void requireStage(TransformationStage expected) {
        if (stage != expected) {
            throw Refusal.ruleViolated("TRANSITION_NOT_ALLOWED", "Địa bàn đang ở bước " + stage + "; bước này cần " + expected + ".",
                    new FieldProblem("transformationId", "TRANSITION_NOT_ALLOWED", "Không đúng bước."));
        }
    }

    private void requireNotBefore(LocalDate date, String field) {
        if (date.isBefore(since)) {
            throw Refusal.ruleViolated("DATE_ORDER", "Ngày " + date + " trước bước trước đó (" + since + ").",
                    new FieldProblem(field, "DATE_ORDER", "Trước bước trước đó."));
        }
    }
}
