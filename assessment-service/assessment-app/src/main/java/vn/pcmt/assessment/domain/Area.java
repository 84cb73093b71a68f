package vn.pcmt.assessment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.assessment.domain.command.CloseMergedArea;
import vn.pcmt.assessment.domain.command.MergeAreas;
import vn.pcmt.assessment.domain.command.MoveArea;
import vn.pcmt.assessment.domain.command.RecordAreaFacts;
import vn.pcmt.assessment.domain.command.RegisterArea;
import vn.pcmt.assessment.domain.command.RenameArea;
import vn.pcmt.assessment.domain.command.SetSchedule;
import vn.pcmt.assessment.domain.command.SetTarget;
import vn.pcmt.assessment.domain.command.SplitArea;
import vn.pcmt.assessment.domain.event.AreaClosed;
import vn.pcmt.assessment.domain.event.AreaFactsRecorded;
import vn.pcmt.assessment.domain.event.AreaMoved;
import vn.pcmt.assessment.domain.event.AreaRegistered;
import vn.pcmt.assessment.domain.event.AreaRenamed;
import vn.pcmt.assessment.domain.event.AreaSplit;
import vn.pcmt.assessment.domain.event.AreasMerged;
import vn.pcmt.assessment.domain.event.ScheduleSet;
import vn.pcmt.assessment.domain.event.TargetSet;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * An area (địa bàn) of the directory, identified by its administrative code: renamed, merged with others of its level
 * and parent (the successor records them, each closes into it, their children move under it) or split (closed, its
 * children moving to the successors). Closing and moving again as before change nothing, so a merger or split can be
 * sent again after a failure part-way.
 */
@Aggregate
public class Area {

    @AggregateIdentifier
    private String code;
    private AreaLevel level;
    private String name;
    private String parentCode;
    private boolean closed;
    private List<String> successorCodes = List.of();

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
            AreaDirectory.Known parent = directory.find(command.parentCode()).orElseThrow(() -> Refusal.ruleViolated(
                    "AREA_UNKNOWN", "Không có địa bàn cấp trên mã " + command.parentCode() + ".",
                    new FieldProblem("parentCode", "AREA_UNKNOWN", "Không có địa bàn mã này.")));
            if (parent.closed()) {
                throw closed(parent.code(), "parentCode");
            }
            AreaLevel parentLevel = parent.level();
            if (parentLevel != expectedParent) {
                throw Refusal.ruleViolated("AREA_PARENT_LEVEL", "Địa bàn cấp trên của " + label(command.level())
                                + " phải là " + label(expectedParent) + ".",
                        new FieldProblem("parentCode", "WRONG_LEVEL", "Địa bàn cấp trên không đúng cấp."));
            }
        }
        apply(new AreaRegistered(command.code(), command.name().strip(), command.level(), command.parentCode()));
    }

    @CommandHandler
    void handle(RenameArea command) {
        requireOpen();
        String newName = command.name().strip();
        if (newName.equals(name)) {
            throw Refusal.ruleViolated("NAME_UNCHANGED", "Địa bàn đã mang tên " + name + ".",
                    new FieldProblem("name", "NAME_UNCHANGED", "Trùng tên hiện tại."));
        }
        apply(new AreaRenamed(code, newName, name, command.effectiveOn(), command.decisionNo().strip()));
    }

    /** The successor takes in areas of its own level that are open; each is named once and is not the successor. */
    @CommandHandler
    void handle(MergeAreas command, AreaDirectory directory) {
        requireOpen();
        List<String> predecessors = command.predecessorCodes();
        for (int i = 0; i < predecessors.size(); i++) {
            String field = "predecessorCodes[" + i + "]";
            String predecessor = predecessors.get(i);
            if (predecessor.equals(code) || predecessors.indexOf(predecessor) != i) {
                throw Refusal.invalid("AREA_LISTED_TWICE", "Mã " + predecessor + " được ghi hai lần (hoặc trùng địa bàn nhận sáp nhập).",
                        new FieldProblem(field, "DUPLICATE", "Trùng mã."));
            }
            AreaDirectory.Known known = requireSameLevelAndOpen(directory, predecessor, field);
            if (!Objects.equals(known.parentCode(), parentCode)) {
                throw Refusal.ruleViolated("AREA_PARENT_MISMATCH", "Địa bàn " + predecessor + " thuộc " + known.parentCode() + ", không cùng "
                        + "địa bàn cấp trên với " + code + " (" + parentCode + "); chuyển cấp trên trước khi sáp nhập.",
                        new FieldProblem(field, "AREA_PARENT_MISMATCH", "Không cùng địa bàn cấp trên."));
            }
        }
        apply(new AreasMerged(code, List.copyOf(predecessors), command.effectiveOn(), command.decisionNo().strip()));
    }

    /** Closing into the successor it is already closed into changes nothing (a merger sent again); into another, refused. */
    @CommandHandler
    void handle(CloseMergedArea command) {
        if (closed && successorCodes.equals(List.of(command.successorCode()))) {
            return;
        }
        requireOpen();
        apply(new AreaClosed(code, List.of(command.successorCode()), command.effectiveOn(), command.decisionNo().strip()));
    }

    /** Moving under the parent it is under already changes nothing. */
    @CommandHandler
    void handle(MoveArea command) {
        if (command.parentCode().equals(parentCode)) {
            return;
        }
        requireOpen();
        apply(new AreaMoved(code, parentCode, command.parentCode(), command.effectiveOn(), command.decisionNo().strip()));
    }

    /**
     * Split into at least two open areas of the same level; every open child goes to one of them, and only children of
     * this area are named.
     */
    @CommandHandler
    void handle(SplitArea command, AreaDirectory directory) {
        requireOpen();
        List<String> successors = command.successorCodes();
        for (int i = 0; i < successors.size(); i++) {
            String successor = successors.get(i);
            if (successor.equals(code) || successors.indexOf(successor) != i) {
                throw Refusal.invalid("AREA_LISTED_TWICE", "Mã " + successor + " được ghi hai lần (hoặc trùng địa bàn bị chia tách).",
                        new FieldProblem("successorCodes[" + i + "]", "DUPLICATE", "Trùng mã."));
            }
            requireSameLevelAndOpen(directory, successor, "successorCodes[" + i + "]");
        }
        List<String> children = directory.openChildrenOf(code);
        List<FieldProblem> problems = new ArrayList<>();
        children.stream().filter(child -> !command.assignments().containsKey(child)).sorted()
                .forEach(child -> problems.add(new FieldProblem("assignments." + child, "REQUIRED", "Chưa chỉ rõ về địa bàn nào.")));
        command.assignments().forEach((child, successor) -> {
            if (!children.contains(child)) {
                problems.add(new FieldProblem("assignments." + child, "AREA_NOT_A_CHILD", "Không thuộc địa bàn bị chia tách."));
            } else if (!successors.contains(successor)) {
                problems.add(new FieldProblem("assignments." + child, "NOT_A_SUCCESSOR", "Không phải địa bàn mới sau chia tách."));
            }
        });
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.RULE_VIOLATED, "SPLIT_INCOMPLETE", "Mỗi địa bàn trực thuộc " + code
                    + " phải được chuyển về đúng một địa bàn mới sau chia tách.", problems);
        }
        apply(new AreaSplit(code, List.copyOf(successors), Map.copyOf(command.assignments()), command.effectiveOn(),
                command.decisionNo().strip()));
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
        this.name = event.name();
        this.parentCode = event.parentCode();
    }

    @EventSourcingHandler
    void on(AreaMoved event) {
        this.parentCode = event.parentCode();
    }

    @EventSourcingHandler
    void on(AreaRenamed event) {
        this.name = event.name();
    }

    @EventSourcingHandler
    void on(AreaClosed event) {
        this.closed = true;
        this.successorCodes = event.successorCodes();
    }

    @EventSourcingHandler
    void on(AreaSplit event) {
        this.closed = true;
        this.successorCodes = event.successorCodes();
    }

    private void requireOpen() {
        if (closed) {
            throw closed(code, "code");
        }
    }

    private AreaDirectory.Known requireSameLevelAndOpen(AreaDirectory directory, String other, String field) {
        AreaDirectory.Known known = directory.find(other).orElseThrow(() -> Refusal.ruleViolated("AREA_UNKNOWN",
                "Không có địa bàn mã " + other + ".", new FieldProblem(field, "AREA_UNKNOWN", "Không có địa bàn mã này.")));
        if (known.level() != level) {
            throw Refusal.ruleViolated("AREA_LEVEL_MISMATCH", "Địa bàn " + other + " là " + label(known.level()) + ", không cùng cấp với "
                    + code + " (" + label(level) + ").", new FieldProblem(field, "AREA_LEVEL_MISMATCH", "Không cùng cấp."));
        }
        if (known.closed()) {
            throw closed(other, field);
        }
        return known;
    }

    private static Refusal closed(String area, String field) {
        return Refusal.ruleViolated("AREA_CLOSED", "Địa bàn " + area + " đã sáp nhập hoặc chia tách.",
                new FieldProblem(field, "AREA_CLOSED", "Địa bàn đã sáp nhập hoặc chia tách."));
    }

    private static String label(AreaLevel level) {
        return switch (level) {
            case PROVINCE -> "tỉnh";
            case COMMUNE -> "xã";
            case VILLAGE -> "thôn";
        };
    }
}
