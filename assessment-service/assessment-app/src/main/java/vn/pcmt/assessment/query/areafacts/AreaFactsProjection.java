package vn.pcmt.assessment.query.areafacts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.event.AreaFactsRecorded;
import vn.pcmt.platform.axon.EventMetaData;

@Component
@ProcessingGroup("area-facts")
public class AreaFactsProjection {

    private final AreaFactsRepository facts;

    public AreaFactsProjection(AreaFactsRepository facts) {
        this.facts = facts;
    }

    @EventHandler
    void on(AreaFactsRecorded e, DomainEventMessage<?> message) {
        facts.save(new AreaFactsDocument(AreaFactsDocument.id(e.code(), e.year()), e.code(), e.year(), e.population(), e.households(),
                e.householdsCommitted(), e.onRoute(), e.preventionModels(), e.evidence(), EventMetaData.actor(message).userId(),
                message.getTimestamp(), message.getSequenceNumber()));
    }
}
