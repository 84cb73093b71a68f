package vn.pcmt.reporting.integration.inbound;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.platform.event.IntegrationEvent;
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

    static final String CONSUMER = "reporting-event-log";

    private final InboundEvents inbound;
    private final EventLog log;

    public EventLogConsumer(InboundEvents inbound, EventLog log) {
        this.inbound = inbound;
        this.log = log;
    }

    @KafkaListener(topics = {RegistryTopics.EVENTS, CaseTopics.EVENTS, AssessmentTopics.EVENTS}, groupId = CONSUMER, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        List<EventLogDocument> kept = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> record = records.get(i);
            IntegrationEvent event;
            try {
                event = inbound.read(record.value());
            } catch (InboundEvents.MalformedIntegrationEvent e) {
                log.keep(kept); // those before it; the error handler sends it to the dead-letter topic
                throw new BatchListenerFailedException("Not an integration event", e, i);
            }
            kept.add(EventLogDocument.of(event, record));
        }
        log.keep(kept);
    }
}
