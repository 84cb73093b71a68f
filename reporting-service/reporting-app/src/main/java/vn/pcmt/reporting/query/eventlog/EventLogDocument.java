package vn.pcmt.reporting.query.eventlog;

import java.time.Instant;
import java.time.LocalDate;

import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * One integration event as reporting read it: where ({@code topic}, {@code partition}, {@code offset}), what
 * ({@code eventType} v{@code eventVersion} of {@code aggregateId}, the {@code aggregateVersion}-th of its stream), when it took effect ({@code occurredAt}) and was
 * recorded ({@code recordedAt}), the area, who caused it ({@code actorRole} only: not who) and its {@code payload}.
 */
@org.springframework.data.mongodb.core.mapping.Document(EventLogDocument.COLLECTION)
@CompoundIndex(name = "occurred_recorded", def = "{'occurredAt': 1, 'recordedAt': 1}")
@CompoundIndex(name = "topic_area", def = "{'topic': 1, 'areaCode': 1}")
@CompoundIndex(name = "type_occurred", def = "{'eventType': 1, 'occurredAt': 1}")
public record EventLogDocument(@Id String eventId, String topic, int partition, long offset, String eventType, int eventVersion,
                               @Indexed String aggregateId, long aggregateVersion, LocalDate occurredAt, @Indexed Instant recordedAt, String areaCode,
                               String actorRole, Document payload) {

    static final String COLLECTION = "event_log";
}
