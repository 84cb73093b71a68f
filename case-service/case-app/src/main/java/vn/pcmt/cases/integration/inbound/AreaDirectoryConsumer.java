package vn.pcmt.cases.integration.inbound;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.api.v1.AreaChanged;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryReplica;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.kafka.InboundEvents;

@Component
public class AreaDirectoryConsumer {

    static final String CONSUMER = "case-area-directory";

    private final InboundEvents inbound;
    private final AreaDirectoryReplica areas;

    public AreaDirectoryConsumer(InboundEvents inbound, AreaDirectoryReplica areas) {
        this.inbound = inbound;
        this.areas = areas;
    }

    @KafkaListener(topics = AssessmentTopics.EVENTS, groupId = CONSUMER)
    void on(String record) {
        IntegrationEvent event = inbound.read(record);
        switch (event.eventType()) {
            case AreaRegistered.TYPE -> inbound.applyOnce(CONSUMER, event, e -> {
                AreaRegistered area = inbound.payload(e, AreaRegistered.class);
                areas.save(new AreaDirectoryDocument(area.code(), area.name(), area.level().name(), area.parentCode()));
            });
            case AreaChanged.TYPE -> inbound.applyOnce(CONSUMER, event, e -> areas.apply(inbound.payload(e, AreaChanged.class)));
            default -> {
                // other assessment events say nothing of the directory
            }
        }
    }
}
