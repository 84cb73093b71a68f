package vn.pcmt.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.platform.axon.EventMetaData;
import vn.pcmt.platform.event.IntegrationEvent;

/**
 * Sends one stored event, translated to its published record, to its topic and waits for the broker's
 * acknowledgement. Called from an outbound translator (a streaming processor over the event store): if the broker
 * is down the call fails, the processor does not advance its token and retries, so every event reaches Kafka at
 * least once.
 */
public class IntegrationEventPublisher {

    public static final String EVENT_TYPE_HEADER = "pcmt-event-type";

    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper mapper;

    public IntegrationEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper mapper) {
        this.kafka = kafka;
        this.mapper = mapper;
    }

    public void publish(String topic, String eventType, int eventVersion, DomainEventMessage<?> source,
                        String areaCode, Object payload) {
        IntegrationEvent event = new IntegrationEvent(
                source.getIdentifier(),
                eventType,
                eventVersion,
                source.getAggregateIdentifier(),
                source.getSequenceNumber(),
                EventMetaData.effectiveDate(source),
                source.getTimestamp(),
                EventMetaData.actor(source),
                areaCode,
                mapper.valueToTree(payload));
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.aggregateId(), json(event));
        record.headers().add(EVENT_TYPE_HEADER, eventType.getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing " + eventType, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge " + eventType + " " + event.eventId(), e);
        }
    }

    private String json(IntegrationEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + event.eventType(), e);
        }
    }
}
