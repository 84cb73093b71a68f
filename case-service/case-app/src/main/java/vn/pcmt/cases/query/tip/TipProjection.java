package vn.pcmt.cases.query.tip;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.TipStage;
import vn.pcmt.cases.domain.event.TipDismissed;
import vn.pcmt.cases.domain.event.TipReceived;
import vn.pcmt.cases.domain.event.TipResolved;
import vn.pcmt.cases.domain.event.TipTriaged;
import vn.pcmt.cases.domain.event.TipVerified;
import vn.pcmt.cases.domain.event.TipsterErased;

@Component
@ProcessingGroup("tip")
public class TipProjection {

    private final TipRepository tips;
    private final MongoTemplate mongo;

    public TipProjection(TipRepository tips, MongoTemplate mongo) {
        this.tips = tips;
        this.mongo = mongo;
    }

    @EventHandler
    void on(TipReceived e, @SequenceNumber long version) {
        tips.save(new TipDocument(e.tipId(), e.channel(), e.receivedOn(), e.communeCode(), e.villageCode(), e.content(), e.anonymous(),
                e.tipster(), e.receivedBy() == null ? List.of() : List.of(e.receivedBy()), false, TipStage.RECEIVED, e.receivedOn(),
                null, null, null, null, null, version));
    }

    @EventHandler
    void on(TipTriaged e, @SequenceNumber long version) {
        TipDocument d = find(e.tipId());
        List<String> handlers = new ArrayList<>(d.handlers());
        e.handlers().stream().filter(handler -> !handlers.contains(handler)).forEach(handlers::add);
        tips.save(new TipDocument(d.tipId(), d.channel(), d.receivedOn(), d.communeCode(), d.villageCode(), d.content(), d.anonymous(),
                d.tipster(), handlers, e.urgent(), TipStage.TRIAGED, e.on(), null, null, null, null, null, version));
    }

    @EventHandler
    void on(TipVerified e, @SequenceNumber long version) {
        TipDocument d = find(e.tipId());
        tips.save(new TipDocument(d.tipId(), d.channel(), d.receivedOn(), d.communeCode(), d.villageCode(), d.content(), d.anonymous(),
                d.tipster(), d.handlers(), d.urgent(), TipStage.VERIFIED, e.on(), e.confirmed(), e.findings(), null, null, null, version));
    }

    @EventHandler
    void on(TipResolved e, @SequenceNumber long version) {
        TipDocument d = find(e.tipId());
        tips.save(new TipDocument(d.tipId(), d.channel(), d.receivedOn(), d.communeCode(), d.villageCode(), d.content(), d.anonymous(),
                d.tipster(), d.handlers(), d.urgent(), TipStage.RESOLVED, e.on(), d.confirmed(), d.findings(), e.outcome(),
                e.referenceId(), null, version));
    }

    @EventHandler
    void on(TipDismissed e, @SequenceNumber long version) {
        TipDocument d = find(e.tipId());
        tips.save(new TipDocument(d.tipId(), d.channel(), d.receivedOn(), d.communeCode(), d.villageCode(), d.content(), d.anonymous(),
                d.tipster(), d.handlers(), d.urgent(), TipStage.DISMISSED, e.on(), d.confirmed(), d.findings(), null, null, e.reason(),
                version));
    }

    private TipDocument find(String tipId) {
        return tips.findById(tipId).orElseThrow();
    }

    /** The names read as erased from now on (their keys are destroyed): only the version moves. */
    @EventHandler
    void on(TipsterErased e, @SequenceNumber long version) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(e.tipId())), Update.update("version", version), TipDocument.class);
    }
}
