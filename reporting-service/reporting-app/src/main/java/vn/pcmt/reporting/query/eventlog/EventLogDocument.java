package vn.pcmt.reporting.query.eventlog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.kafka.InboundEvents;

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
                event.actor() == null ? null : event.actor().role(), payload(event.payload()));
    }

    /**
     * The payload as the store keeps it, converted from the tree the envelope was read into (as {@code Document.parse}
     * of its text would make it, without writing and reading it again): whole numbers as int or long, others as double.
     *
     * @throws InboundEvents.MalformedIntegrationEvent when the payload is not an object, or holds a whole number beyond a
     *                                                 long: the record goes to the dead-letter topic
     */
    static Document payload(JsonNode payload) {
        if (payload == null || !payload.isObject()) {
            throw new InboundEvents.MalformedIntegrationEvent("The payload is not an object", null);
        }
        return (Document) bson(payload);
    }

    private static Object bson(JsonNode node) {
        if (node.isObject()) {
            Document document = new Document();
            node.properties().forEach(field -> document.append(field.getKey(), bson(field.getValue())));
            return document;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(bson(element)));
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new InboundEvents.MalformedIntegrationEvent("A whole number beyond a long: " + node, null);
            }
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return null;
    }
}
