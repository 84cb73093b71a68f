package vn.pcmt.registry.integration.outbound;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.kafka.IntegrationEventPublisher;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.Residence;
import vn.pcmt.registry.api.v1.Sex;
import vn.pcmt.registry.api.v1.SubjectRegistered;

/** Domain events → {@code pcmt.registry.v1}. A tracking processor: an event stored while Kafka is down is sent later. */
@Component
@ProcessingGroup("registry-outbound")
public class RegistryOutbound {

    private final IntegrationEventPublisher publisher;

    public RegistryOutbound(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(vn.pcmt.registry.domain.event.SubjectRegistered event, DomainEventMessage<?> message) {
        var residence = event.residence();
        publisher.publish(RegistryTopics.EVENTS, SubjectRegistered.TYPE, SubjectRegistered.VERSION, message,
                residence.communeCode(),
                new SubjectRegistered(event.subjectId(), vn.pcmt.registry.api.v1.Category.valueOf(event.category().name()),
                        Sex.valueOf(event.sex().name()), event.dateOfBirth().getYear(),
                        new Residence(residence.communeCode(), residence.villageCode()),
                        event.foundBy().name(), event.foundOn()));
    }
}
