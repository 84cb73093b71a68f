package vn.pcmt.platform.event;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The envelope of an event one service publishes for others (DESIGN.md, "The event path").
 *
 * @param eventId          the stored event's id: the same on every redelivery, so consumers deduplicate by it
 * @param eventType        {@code <service>.<EventName>}, e.g. {@code registry.SubjectRegistered}
 * @param eventVersion     the payload's version within the topic's major version
 * @param aggregateId      the Kafka key: events of one aggregate stay in order
 * @param aggregateVersion the aggregate's sequence number of this event
 * @param occurredAt       the effective date in the real world
 * @param recordedAt       when the platform stored it
 * @param actor            who caused it
 * @param areaCode         the area the event belongs to (for area-scoped consumers)
 * @param payload          the producer-owned record of the event type
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntegrationEvent(
        String eventId,
        String eventType,
        int eventVersion,
        String aggregateId,
        long aggregateVersion,
        LocalDate occurredAt,
        Instant recordedAt,
        Actor actor,
        String areaCode,
        JsonNode payload) {

    public <T> T payloadAs(Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Payload of " + eventType + " " + eventId + " is not a " + type.getSimpleName(), e);
        }
    }
}
