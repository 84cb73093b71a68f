package vn.pcmt.reporting.integration.inbound;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.SubjectRegistered;
import vn.pcmt.reporting.query.subjectresidence.SubjectResidenceDocument;
import vn.pcmt.reporting.query.subjectresidence.SubjectResidenceRepository;

@Component
public class RegistryEventsConsumer {

    static final String CONSUMER = "reporting-subject-residence";

    private final InboundEvents inbound;
    private final SubjectResidenceRepository residences;

    public RegistryEventsConsumer(InboundEvents inbound, SubjectResidenceRepository residences) {
        this.inbound = inbound;
        this.residences = residences;
    }

    @KafkaListener(topics = RegistryTopics.EVENTS, groupId = CONSUMER)
    void on(String record) {
        inbound.applyOnce(CONSUMER, record, SubjectRegistered.TYPE, SubjectRegistered.class, (event, subject) ->
                residences.save(new SubjectResidenceDocument(subject.subjectId(), subject.residence().communeCode(),
                        subject.residence().villageCode(), subject.category().name(), subject.sex().name(),
                        subject.birthYear(), event.occurredAt())));
    }
}
