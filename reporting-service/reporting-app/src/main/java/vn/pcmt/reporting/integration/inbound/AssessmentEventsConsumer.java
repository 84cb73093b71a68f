package vn.pcmt.reporting.integration.inbound;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryRepository;

@Component
public class AssessmentEventsConsumer {

    static final String CONSUMER = "reporting-area-directory";

    private final InboundEvents inbound;
    private final AreaDirectoryRepository areas;

    public AssessmentEventsConsumer(InboundEvents inbound, AreaDirectoryRepository areas) {
        this.inbound = inbound;
        this.areas = areas;
    }

    @KafkaListener(topics = AssessmentTopics.EVENTS, groupId = CONSUMER)
    void on(String record) {
        inbound.applyOnce(CONSUMER, record, AreaRegistered.TYPE, AreaRegistered.class, (event, area) ->
                areas.save(new AreaDirectoryDocument(area.code(), area.name(), area.level().name(), area.parentCode())));
    }
}
