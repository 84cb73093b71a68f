package vn.pcmt.cases.query.incident;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.event.SeriousIncidentRecorded;

@Component
@ProcessingGroup("serious-incident")
public class SeriousIncidentProjection {

    private final SeriousIncidentRepository incidents;

    public SeriousIncidentProjection(SeriousIncidentRepository incidents) {
        this.incidents = incidents;
    }

    @EventHandler
    void on(SeriousIncidentRecorded e, @SequenceNumber long version) {
        incidents.save(new SeriousIncidentDocument(e.incidentId(), e.communeCode(), e.villageCode(), e.occurredOn(), e.causedBy(),
                e.subjectId(), e.residenceCommuneCode(), e.severity(), e.severity().breaksCriterion8(), e.deaths(), e.injured(),
                e.description(), version));
    }
}
