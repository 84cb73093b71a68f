package vn.pcmt.cases.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.cases.domain.command.RecordCultivationIncident;
import vn.pcmt.cases.domain.event.CultivationIncidentRecorded;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/** Illegal cultivation of drug plants found in a village and destroyed: what QĐ 28/2025 counts as plants and m². */
@Aggregate
public class CultivationIncident {

    @AggregateIdentifier
    private String incidentId;

    protected CultivationIncident() {
        // for Axon
    }

    @CommandHandler
    public CultivationIncident(RecordCultivationIncident command, AreaDirectory areas) {
        if (command.plants() < 0 || command.areaM2().signum() < 0 || command.plants() == 0 && command.areaM2().signum() == 0) {
            throw Refusal.ruleViolated("QUANTITY_NOT_POSITIVE", "Phải có số cây hoặc diện tích lớn hơn 0, không được âm.",
                    new FieldProblem("plants", "QUANTITY_NOT_POSITIVE", "Số cây và diện tích không âm, ít nhất một lớn hơn 0."));
        }
        areas.requireVillage(command.communeCode(), command.villageCode(), "villageCode");
        apply(new CultivationIncidentRecorded(command.incidentId(), command.plantKind(), command.communeCode(),
                command.villageCode(), command.plants(), Quantities.plain(command.areaM2()), command.destroyedOn()));
    }

    @EventSourcingHandler
    void on(CultivationIncidentRecorded event) {
        incidentId = event.incidentId();
    }
}
