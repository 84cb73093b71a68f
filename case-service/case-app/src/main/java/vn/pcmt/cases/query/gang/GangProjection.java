package vn.pcmt.cases.query.gang;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.event.GangCaseLinked;
import vn.pcmt.cases.domain.event.GangDismantled;
import vn.pcmt.cases.domain.event.GangIdentified;
import vn.pcmt.cases.domain.event.GangMemberAdded;
import vn.pcmt.cases.domain.event.GangMembersErased;

@Component
@ProcessingGroup("gang")
public class GangProjection {

    private final GangRepository gangs;
    private final MongoTemplate mongo;

    public GangProjection(GangRepository gangs, MongoTemplate mongo) {
        this.gangs = gangs;
        this.mongo = mongo;
    }

    @EventHandler
    void on(GangIdentified e, @SequenceNumber long version) {
        gangs.save(new GangDocument(e.gangId(), e.kind(), e.alias(), e.activity(), e.communeCode(), e.villageCode(), e.identifiedOn(),
                e.members(), List.of(), null, version));
    }

    @EventHandler
    void on(GangMemberAdded e, @SequenceNumber long version) {
        gangs.save(find(e.gangId()).withMember(e.member(), version));
    }

    @EventHandler
    void on(GangCaseLinked e, @SequenceNumber long version) {
        gangs.save(find(e.gangId()).withCase(e.caseId(), version));
    }

    @EventHandler
    void on(GangDismantled e, @SequenceNumber long version) {
        gangs.save(find(e.gangId()).dismantled(e.on(), version));
    }

    private GangDocument find(String gangId) {
        return gangs.findById(gangId).orElseThrow();
    }

    /** The names read as erased from now on (their keys are destroyed): only the version moves. */
    @EventHandler
    void on(GangMembersErased e, @SequenceNumber long version) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(e.gangId())), Update.update("version", version), GangDocument.class);
    }
}
