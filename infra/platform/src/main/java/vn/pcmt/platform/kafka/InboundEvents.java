package vn.pcmt.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
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

    /**
     * Applies, in order, each event of a poll's {@code records} that {@code consumer} has not applied yet, with one read
     * and one write of the marks for the whole poll. When a record cannot be read, or its handler fails, the records
     * before it are applied (flushed) and marked and the poll fails at that record ({@link BatchListenerFailedException}): the
     * error handler sends it to the dead-letter topic or retries it, and the records after it come again.
     */
    public void applyEachOnce(String consumer, List<ConsumerRecord<String, String>> records, RecordHandler handler) {
        applyEach(consumer, records, type -> true, handler);
    }

    /**
     * Applies, in order, each event of a poll's {@code records} of a type {@code keeps} accepts, without marks: for a
     * consumer whose handler is idempotent by itself (it applies an event only over an older version of what it keeps,
     * so an event delivered again changes nothing). A record whose {@link IntegrationEventPublisher#EVENT_TYPE_HEADER}
     * names a type not kept is passed over unread (a replay reads every record of a topic; most are of types such a
     * consumer does not keep). Failures as in {@link #applyEachOnce(String, List, RecordHandler)}.
     */
    public void applyEach(List<ConsumerRecord<String, String>> records, Predicate<String> keeps, RecordHandler handler) {
        applyEach(null, records, keeps, handler);
    }

    /** {@code consumer} null: no marks read or written. */
    private void applyEach(String consumer, List<ConsumerRecord<String, String>> records, Predicate<String> keeps, RecordHandler handler) {
        List<IntegrationEvent> events = new ArrayList<>(records.size());
        List<Integer> positions = new ArrayList<>(records.size());
        RuntimeException unreadable = null;
        int unreadableAt = records.size();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> record = records.get(i);
            Header type = record.headers().lastHeader(IntegrationEventPublisher.EVENT_TYPE_HEADER);
            if (type != null && !keeps.test(new String(type.value(), StandardCharsets.UTF_8))) {
                continue;
            }
            try {
                IntegrationEvent event = read(record.value());
                if (keeps.test(event.eventType())) {
                    events.add(event);
                    positions.add(i);
                }
            } catch (MalformedIntegrationEvent e) {
                unreadable = e;
                unreadableAt = i;
                break;
            }
        }
        Set<String> applied = events.isEmpty() || consumer == null ? new HashSet<>()
                : new HashSet<>(processed.appliedAmong(consumer, events.stream().map(IntegrationEvent::eventId).toList()));
        List<String> done = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            IntegrationEvent event = events.get(i);
            if (consumer != null && !applied.add(event.eventId())) {
                log.debug("{} already applied {} {}", consumer, event.eventType(), event.eventId());
                continue;
            }
            boolean relevant;
            try {
                relevant = handler.apply(event, records.get(positions.get(i)));
            } catch (RuntimeException e) {
                try {
                    handler.flush();
                    mark(consumer, done);
                } catch (RuntimeException flushFailed) {
                    // the records before it are not done either: the whole poll comes again, not only from the failed one
                    flushFailed.addSuppressed(e);
                    throw flushFailed;
                }
                throw new BatchListenerFailedException((consumer == null ? "" : consumer + ": ") + "could not apply " + event.eventType() + " "
                        + event.eventId(), e, positions.get(i));
            }
            if (relevant) {
                done.add(event.eventId());
            }
        }
        handler.flush();
        mark(consumer, done);
        if (unreadable != null) {
            throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, unreadableAt);
        }
    }

    private void mark(String consumer, List<String> eventIds) {
        if (consumer != null) {
            processed.markAllApplied(consumer, eventIds);
        }
    }

    /**
     * Applies one event of a poll (the record gives where it was read) and says whether it was one the consumer keeps:
     * only those are marked. A handler that gathers its writes makes them in {@link #flush()}, which runs before the
     * events applied so far are marked.
     */
    @FunctionalInterface
    public interface RecordHandler {
        boolean apply(IntegrationEvent event, ConsumerRecord<String, String> record);

        default void flush() {
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
