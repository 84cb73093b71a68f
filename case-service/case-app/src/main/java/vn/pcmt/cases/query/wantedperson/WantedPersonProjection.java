package vn.pcmt.cases.query.wantedperson;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.event.HidingPlaceRecorded;
import vn.pcmt.cases.domain.event.WantedPersonCaptured;
import vn.pcmt.cases.domain.event.WantedPersonRegistered;

@Component
@ProcessingGroup("wanted-person")
public class WantedPersonProjection {

    private final WantedPersonRepository wanted;

    public WantedPersonProjection(WantedPersonRepository wanted) {
        this.wanted = wanted;
    }

    @EventHandler
    void on(WantedPersonRegistered e, @SequenceNumber long version) {
        wanted.save(new WantedPersonDocument(e.wantedId(), e.fullName(), e.subjectId(), e.warrantNo(), e.article(), e.wantedSince(),
                e.hidingCommuneCode(), e.hidingVillageCode(), e.wantedSince(), null, null, false, version));
    }

    @EventHandler
    void on(HidingPlaceRecorded e, @SequenceNumber long version) {
        WantedPersonDocument d = wanted.findById(e.wantedId()).orElseThrow();
        wanted.save(new WantedPersonDocument(d.wantedId(), d.fullName(), d.subjectId(), d.warrantNo(), d.article(), d.wantedSince(),
                e.communeCode(), e.villageCode(), e.since(), null, null, false, version));
    }

    @EventHandler
    void on(WantedPersonCaptured e, @SequenceNumber long version) {
        WantedPersonDocument d = wanted.findById(e.wantedId()).orElseThrow();
        wanted.save(new WantedPersonDocument(d.wantedId(), d.fullName(), d.subjectId(), d.warrantNo(), d.article(), d.wantedSince(),
                d.hidingCommuneCode(), d.hidingVillageCode(), d.hidingSince(), e.capturedOn(), e.communeCode(), e.surrendered(),
                version));
    }
}
