package vn.pcmt.assessment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.assessment.domain.command.RecordAreaFacts;
import vn.pcmt.assessment.domain.command.RegisterArea;
import vn.pcmt.assessment.domain.command.SetSchedule;
import vn.pcmt.assessment.domain.command.SetTarget;
import vn.pcmt.assessment.domain.event.AreaFactsRecorded;
import vn.pcmt.assessment.domain.event.AreaRegistered;
import vn.pcmt.assessment.domain.event.ScheduleSet;
import vn.pcmt.assessment.domain.event.TargetSet;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/** An area (địa bàn) of the directory, identified by its administrative code. */
@Aggregate
public class Area {

    @AggregateIdentifier
    private String code;
    private AreaLevel level;

    protected Area() {
        // for Axon
    }

    @CommandHandler
    public Area(RegisterArea command, AreaDirectory directory) {
        if (directory.levelOf(command.code()).isPresent()) {
            throw Refusal.conflict("AREA_DUPLICATE_CODE", "Mã địa bàn " + command.code() + " đã tồn tại.",
                    new FieldProblem("code", "DUPLICATE", "Mã địa bàn đã tồn tại."));
        }
        AreaLevel expectedParent = command.level().parentLevel();
        if (expectedParent == null && command.parentCode() != null) {
            throw Refusal.ruleViolated("AREA_PARENT_NOT_ALLOWED", "Địa bàn cấp tỉnh không có địa bàn cấp trên.",
                    new FieldProblem("parentCode", "NOT_ALLOWED", "Cấp tỉnh không có địa bàn cấp trên."));
        }
        if (expectedParent != null) {
            if (command.parentCode() == null) {
                throw Refusal.ruleViolated("AREA_PARENT_REQUIRED", "Phải chỉ rõ địa bàn cấp trên.",
                        new FieldProblem("parentCode", "REQUIRED", "Không được để trống."));
            }
            AreaLevel parentLevel = directory.levelOf(command.parentCode()).orElseThrow(() -> Refusal.ruleViolated(
                    "AREA_UNKNOWN", "Không có địa bàn cấp trên mã " + command.parentCode() + ".",
                    new FieldProblem("parentCode", "AREA_UNKNOWN", "Không có địa bàn mã này.")));
            if (parentLevel != expectedParent) {
                throw Refusal.ruleViolated("AREA_PARENT_LEVEL", "Địa bàn cấp trên của " + label(command.level())
                                + " phải là " + label(expectedParent) + ".",
                        new FieldProblem("parentCode", "WRONG_LEVEL", "Địa bàn cấp trên không đúng cấp."));
            }
        }
        apply(new AreaRegistered(command.code(), command.name().strip(), command.level(), command.parentCode()));
    }

    @CommandHandler
    void handle(RecordAreaFacts command) {
        if (command.householdsCommitted() > command.households()) {
            throw Refusal.ruleViolated("FACTS_OUT_OF_RANGE", "Số hộ ký cam kết (" + command.householdsCommitted()
                    + ") lớn hơn số hộ (" + command.households() + ").",
                    new FieldProblem("householdsCommitted", "OUT_OF_RANGE", "Không được lớn hơn số hộ."));
        }
        if (command.households() > command.population()) {
            throw Refusal.ruleViolated("FACTS_OUT_OF_RANGE", "Số hộ (" + command.households() + ") lớn hơn số dân ("
                    + command.population() + ").", new FieldProblem("households", "OUT_OF_RANGE", "Không được lớn hơn số dân."));
        }
        apply(new AreaFactsRecorded(code, command.year(), command.population(), command.households(), command.householdsCommitted(),
                command.onRoute(), List.copyOf(command.preventionModels()), command.evidence() == null ? null : command.evidence().strip()));
    }

    @CommandHandler
    void handle(SetTarget command) {
        if (command.drugFreeChildrenPercent() < 1 || command.drugFreeChildrenPercent() > 100) {
            throw Refusal.invalid("TARGET_OUT_OF_RANGE", "Chỉ tiêu phải từ 1% đến 100%.",
                    new FieldProblem("drugFreeChildrenPercent", "OUT_OF_RANGE", "Từ 1 đến 100."));
        }
        apply(new TargetSet(code, command.year(), command.drugFreeChildrenPercent(), command.plan() == null ? null : command.plan().strip()));
    }

    @CommandHandler
    void handle(SetSchedule command) {
        if (level != AreaLevel.PROVINCE) {
            throw Refusal.ruleViolated("AREA_LEVEL_NOT_ALLOWED", "Kế hoạch thời gian do tỉnh đặt; " + code + " không phải là tỉnh.",
                    new FieldProblem("code", "AREA_LEVEL_NOT_ALLOWED", "Chỉ cấp tỉnh."));
        }
        apply(new ScheduleSet(code, command.schedule().validated()));
    }

    @EventSourcingHandler
    void on(AreaRegistered event) {
        this.code = event.code();
        this.level = event.level();
    }

    private static String label(AreaLevel level) {
        return switch (level) {
            case PROVINCE -> "tỉnh";
            case COMMUNE -> "xã";
            case VILLAGE -> "thôn";
        };
    }
}
