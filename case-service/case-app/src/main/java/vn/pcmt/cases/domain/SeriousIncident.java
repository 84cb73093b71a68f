package vn.pcmt.cases.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.cases.domain.command.RecordSeriousIncident;
import vn.pcmt.cases.domain.event.SeriousIncidentRecorded;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * A serious incident (vụ việc nghiêm trọng) caused by an addict, an illegal user or a person with psychosis signs: seed
 * 002's criterion 8 wants none very or especially serious by a resident. Counted where the person lives.
 */
@Aggregate
public class SeriousIncident {

    @AggregateIdentifier
    private String incidentId;

    protected SeriousIncident() {
        // for Axon
    }

    @CommandHandler
    public SeriousIncident(RecordSeriousIncident command, AreaDirectory areas, SubjectDirectory subjects) {
        if (command.deaths() < 0 || command.injured() < 0) {
            throw Refusal.ruleViolated("QUANTITY_NEGATIVE", "Số người chết, bị thương không được âm.",
                    new FieldProblem(command.deaths() < 0 ? "deaths" : "injured", "QUANTITY_NEGATIVE", "Không được âm."));
        }
        areas.requireVillageOf(command.communeCode(), command.villageCode(), "villageCode");
        String residence = command.subjectId() == null ? command.communeCode()
                : subjects.require(command.subjectId(), "subjectId").communeCode();
        apply(new SeriousIncidentRecorded(command.incidentId(), command.communeCode(), command.villageCode(), command.occurredOn(),
                command.causedBy(), command.subjectId(), residence, command.severity(), command.deaths(), command.injured(),
                command.description().strip()));
    }

    @EventSourcingHandler
    void on(SeriousIncidentRecorded event) {
        incidentId = event.incidentId();
    }
}
