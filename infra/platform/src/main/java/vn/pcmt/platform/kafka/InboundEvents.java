package vn.pcmt.platform.kafka;

import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.platform.event.IntegrationEvent;

/** Reads integration events from Kafka records and applies each at most once per consumer. */
public class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    private final ObjectMapper mapper;
    private final ProcessedEvents processed;

    /** Consumers ignore fields they do not know (DESIGN.md), whatever the service's own JSON settings are. */
    public InboundEvents(ObjectMapper mapper, ProcessedEvents processed) {
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.processed = processed;
    }

    /** @throws MalformedIntegrationEvent when the record is not an envelope: it goes to the dead-letter topic */
    public IntegrationEvent read(String json) {
        try {
            IntegrationEvent event = mapper.readValue(json, IntegrationEvent.class);
            if (event.eventId() == null || event.eventType() == null || event.payload() == null) {
                throw new MalformedIntegrationEvent("Envelope without eventId, eventType or payload", null);
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new MalformedIntegrationEvent("Not an integration event", e);
        }
    }

    /** Applies {@code event} unless {@code consumer} already has. */
    public void applyOnce(String consumer, IntegrationEvent event, Consumer<IntegrationEvent> apply) {
        if (processed.applied(consumer, event.eventId())) {
            log.debug("{} already applied {} {}", consumer, event.eventType(), event.eventId());
            return;
        }
        apply.accept(event);
        processed.markApplied(consumer, event.eventId());
    }

    /**
     * Reads {@code record} and, when it is an {@code eventType} event {@code consumer} has not applied yet, applies
     * its payload; other event types on the topic are ignored.
     */
    public <T> void applyOnce(String consumer, String record, String eventType, Class<T> payloadType,
                              java.util.function.BiConsumer<IntegrationEvent, T> apply) {
        IntegrationEvent event = read(record);
        if (eventType.equals(event.eventType())) {
            applyOnce(consumer, event, e -> apply.accept(e, payload(e, payloadType)));
        }
    }

    /** @throws MalformedIntegrationEvent when the payload is not a {@code type}: it goes to the dead-letter topic */
    public <T> T payload(IntegrationEvent event, Class<T> type) {
        try {
            return event.payloadAs(type, mapper);
        } catch (IllegalArgumentException e) {
            throw new MalformedIntegrationEvent(e.getMessage(), e);
        }
    }

    /** A record that no consumer can ever apply; retrying cannot help. */
    public static class MalformedIntegrationEvent extends RuntimeException {
        public MalformedIntegrationEvent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
