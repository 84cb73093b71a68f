package vn.pcmt.reporting.integration.inbound;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.reporting.query.eventlog.EventLogDocument;
import vn.pcmt.reporting.query.subjectstatistics.SubjectHistories;

/**
 * Keeps each subject's registry entries in one document, a poll at a time; an entry is added to a set, so a
 * redelivery adds nothing. A subject's events share a partition and arrive in order. An unreadable record goes to the
 * dead-letter topic like any other consumer's.
 */
@Component
public class SubjectHistoryConsumer {

    static final String CONSUMER = "reporting-subject-history";

    private final InboundEvents inbound;
    private final SubjectHistories histories;

    public SubjectHistoryConsumer(InboundEvents inbound, SubjectHistories histories) {
        this.inbound = inbound;
        this.histories = histories;
    }

    @KafkaListener(topics = RegistryTopics.EVENTS, groupId = CONSUMER, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        Polls.readEach(records, record -> histories.additionOf(EventLogDocument.of(inbound.read(record.value()), record)), histories::append);
    }
}
