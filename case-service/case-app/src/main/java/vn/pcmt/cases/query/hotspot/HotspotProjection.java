package vn.pcmt.cases.query.hotspot;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.HotspotStage;
import vn.pcmt.cases.domain.event.HotspotIdentified;
import vn.pcmt.cases.domain.event.HotspotStageChanged;

@Component
@ProcessingGroup("hotspot")
public class HotspotProjection {

    private final HotspotRepository hotspots;

    public HotspotProjection(HotspotRepository hotspots) {
        this.hotspots = hotspots;
    }

    @EventHandler
    void on(HotspotIdentified e, @SequenceNumber long version) {
        hotspots.save(new HotspotDocument(e.hotspotId(), e.kind(), e.communeCode(), e.villageCode(), e.identifiedOn(),
                e.suspected(), e.evidence(), HotspotStage.IDENTIFIED, e.identifiedOn(), true, e.kind().isDrugUsePoint(), 0, version));
    }

    @EventHandler
    void on(HotspotStageChanged e, @SequenceNumber long version) {
        HotspotDocument d = hotspots.findById(e.hotspotId()).orElseThrow();
        hotspots.save(new HotspotDocument(d.hotspotId(), d.kind(), d.communeCode(), d.villageCode(), d.identifiedOn(),
                d.suspected(), d.evidence(), e.stage(), e.on(), e.stage().isActive(), d.drugUsePoint(),
                d.reEmergences() + (e.stage() == HotspotStage.RE_EMERGED ? 1 : 0), version));
    }
}
