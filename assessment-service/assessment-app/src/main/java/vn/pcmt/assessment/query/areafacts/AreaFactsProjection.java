package vn.pcmt.assessment.query.areafacts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.event.AreaFactsRecorded;

@Component
@ProcessingGroup("area-facts")
public class AreaFactsProjection {

    private final AreaFactsRepository facts;

    public AreaFactsProjection(AreaFactsRepository facts) {
        this.facts = facts;
    }

    @EventHandler
    void on(AreaFactsRecorded e, DomainEventMessage<?> message) {
        facts.save(AreaFactsDocument.of(e, message));
    }
}
