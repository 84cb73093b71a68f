package vn.pcmt.cases.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.cases.domain.command.CloseHotspot;
import vn.pcmt.cases.domain.command.EliminateHotspot;
import vn.pcmt.cases.domain.command.IdentifyHotspot;
import vn.pcmt.cases.domain.command.RecordHotspotReEmergence;
import vn.pcmt.cases.domain.command.StartHotspotAction;
import vn.pcmt.cases.domain.event.HotspotIdentified;
import vn.pcmt.cases.domain.event.HotspotStageChanged;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/** A drug hotspot (điểm, tụ điểm) in a village, from identification until it is closed, or forms again. */
@Aggregate(cache = "hotspotCache")
public class Hotspot {

    /** Which stage each stage may move to. */
    private static final Map<HotspotStage, Set<HotspotStage>> NEXT = Map.of(
            HotspotStage.IDENTIFIED, Set.of(HotspotStage.UNDER_ACTION, HotspotStage.ELIMINATED),
            HotspotStage.UNDER_ACTION, Set.of(HotspotStage.ELIMINATED),
            HotspotStage.ELIMINATED, Set.of(HotspotStage.CLOSED, HotspotStage.RE_EMERGED),
            HotspotStage.CLOSED, Set.of(HotspotStage.RE_EMERGED),
            HotspotStage.RE_EMERGED, Set.of(HotspotStage.UNDER_ACTION, HotspotStage.ELIMINATED));

    @AggregateIdentifier
    private String hotspotId;
    private String communeCode;
    private HotspotStage stage;
    private LocalDate since;

    protected Hotspot() {
        // for Axon
    }

    @CommandHandler
    public Hotspot(IdentifyHotspot command, AreaDirectory areas) {
        areas.requireVillage(command.communeCode(), command.villageCode(), "villageCode");
        apply(new HotspotIdentified(command.hotspotId(), command.kind(), command.communeCode(), command.villageCode(),
                command.identifiedOn(), command.suspected(), command.evidence()));
    }

    @CommandHandler
    void handle(StartHotspotAction command) {
        move(HotspotStage.UNDER_ACTION, command.startedOn(), command.note());
    }

    @CommandHandler
    void handle(EliminateHotspot command) {
        move(HotspotStage.ELIMINATED, command.eliminatedOn(), command.note());
    }

    @CommandHandler
    void handle(CloseHotspot command) {
        move(HotspotStage.CLOSED, command.closedOn(), command.note());
    }

    @CommandHandler
    void handle(RecordHotspotReEmergence command) {
        move(HotspotStage.RE_EMERGED, command.reEmergedOn(), command.note());
    }

    private void move(HotspotStage to, LocalDate on, String note) {
        if (!NEXT.get(stage).contains(to)) {
            throw Refusal.ruleViolated("TRANSITION_NOT_ALLOWED", "Điểm đang ở trạng thái " + stage + ", không thể chuyển sang "
                    + to + ".", new FieldProblem("stage", "TRANSITION_NOT_ALLOWED", "Sai thứ tự trạng thái."));
        }
        if (on.isBefore(since)) {
            throw Refusal.ruleViolated("DATE_ORDER", "Ngày " + on + " trước ngày của trạng thái hiện tại (" + since + ").",
                    new FieldProblem("on", "DATE_ORDER", "Ngày không hợp lệ."));
        }
        apply(new HotspotStageChanged(hotspotId, communeCode, stage, to, on, note));
    }

    @EventSourcingHandler
    void on(HotspotIdentified event) {
        hotspotId = event.hotspotId();
        communeCode = event.communeCode();
        stage = HotspotStage.IDENTIFIED;
        since = event.identifiedOn();
    }

    @EventSourcingHandler
    void on(HotspotStageChanged event) {
        stage = event.stage();
        since = event.on();
    }
}
