package vn.pcmt.cases.query.cultivation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.event.CultivationIncidentRecorded;

@Component
@ProcessingGroup("cultivation")
public class CultivationProjection {

    private final CultivationRepository incidents;

    public CultivationProjection(CultivationRepository incidents) {
        this.incidents = incidents;
    }

    @EventHandler
    void on(CultivationIncidentRecorded e) {
        incidents.save(new CultivationDocument(e.incidentId(), e.plantKind(), e.communeCode(), e.villageCode(), e.plants(),
                e.areaM2(), e.destroyedOn()));
    }
}
