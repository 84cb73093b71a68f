package vn.pcmt.reporting.query.eventlog;

import java.time.Instant;
import java.time.LocalDate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import vn.pcmt.platform.event.IntegrationEvent;

/**
 * One integration event as reporting read it: where ({@code topic}, {@code partition}, {@code offset}), what
 * ({@code eventType} v{@code eventVersion} of {@code aggregateId}, the {@code aggregateVersion}-th of its stream), when it took effect ({@code occurredAt}) and was
 * recorded ({@code recordedAt}), the area, who caused it ({@code actorRole} only: not who) and its {@code payload}.
 */
@org.springframework.data.mongodb.core.mapping.Document(EventLogDocument.COLLECTION)
@CompoundIndex(name = "occurred_recorded", def = "{'occurredAt': 1, 'recordedAt': 1}")
@CompoundIndex(name = "type_area", def = "{'eventType': 1, 'areaCode': 1}")
public record EventLogDocument(@Id String eventId, String topic, int partition, long offset, String eventType, int eventVersion,
                               String aggregateId, long aggregateVersion, LocalDate occurredAt, Instant recordedAt, String areaCode,
                               String actorRole, Document payload) {

    static final String COLLECTION = "event_log";

    /** The event as read from {@code record}: where, what, when, the area, the actor's role only, and the payload. */
    public static EventLogDocument of(IntegrationEvent event, ConsumerRecord<String, String> record) {
        return new EventLogDocument(event.eventId(), record.topic(), record.partition(), record.offset(), event.eventType(),
                event.eventVersion(), event.aggregateId(), event.aggregateVersion(), event.occurredAt(), event.recordedAt(), event.areaCode(),
                event.actor() == null ? null : event.actor().role(), Document.parse(event.payload().toString()));
    }
}
