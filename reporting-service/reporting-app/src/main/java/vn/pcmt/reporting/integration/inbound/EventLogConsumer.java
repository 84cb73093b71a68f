package vn.pcmt.reporting.integration.inbound;

import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.reporting.query.eventlog.EventLog;
import vn.pcmt.reporting.query.eventlog.EventLogDocument;

/**
 * Keeps every event of the three topics in the event log, a poll at a time: each once by its id, so a redelivery
 * keeps nothing twice. An unreadable record goes to the dead-letter topic like any other consumer's.
 */
@Component
public class EventLogConsumer {

    static final String CONSUMER = "reporting-event-log"; // ProjectionVersions.EVENT_LOG

    private final InboundEvents inbound;
    private final EventLog log;

    public EventLogConsumer(InboundEvents inbound, EventLog log) {
        this.inbound = inbound;
        this.log = log;
    }

    @KafkaListener(topics = {RegistryTopics.EVENTS, CaseTopics.EVENTS, AssessmentTopics.EVENTS}, groupId = CONSUMER, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        Polls.readEach(records, record -> Optional.of(EventLogDocument.of(inbound.read(record.value()), record)), log::keep);
    }
}
