package vn.pcmt.cases.query.wantedperson;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.event.HidingPlaceRecorded;
import vn.pcmt.cases.domain.event.WantedPersonCaptured;
import vn.pcmt.cases.domain.event.WantedPersonErased;
import vn.pcmt.cases.domain.event.WantedPersonRegistered;

@Component
@ProcessingGroup("wanted-person")
public class WantedPersonProjection {

    private final WantedPersonRepository wanted;
    private final MongoTemplate mongo;

    public WantedPersonProjection(WantedPersonRepository wanted, MongoTemplate mongo) {
        this.wanted = wanted;
        this.mongo = mongo;
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

    /** The names read as erased from now on (their keys are destroyed): only the version moves. */
    @EventHandler
    void on(WantedPersonErased e, @SequenceNumber long version) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(e.wantedId())), Update.update("version", version), WantedPersonDocument.class);
    }
}
