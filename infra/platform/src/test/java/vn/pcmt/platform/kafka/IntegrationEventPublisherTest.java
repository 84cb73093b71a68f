package vn.pcmt.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import vn.pcmt.platform.axon.EventMetaData;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.event.IntegrationEvent;

class IntegrationEventPublisherTest {

    record VillageRenamed(String code, String name) {
    }

    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, String> kafka = mock(KafkaTemplate.class);
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final IntegrationEventPublisher publisher = new IntegrationEventPublisher(kafka, mapper);

    private final GenericDomainEventMessage<VillageRenamed> stored = new GenericDomainEventMessage<>("Area", "17167-02", 4,
            new VillageRenamed("17167-02", "Khối 2"),
            EventMetaData.of(new Actor("cax-17167-01", "COMMUNE_OFFICER", "17167"), LocalDate.of(2026, 6, 30)),
            "evt-42", Instant.parse("2026-07-01T03:00:00Z"));

    @Test
    void givenStoredEvent_whenPublished_thenEnvelopeCarriesIdentityVersionActorAndEffectiveDateKeyedByAggregate() throws Exception {
        ArgumentCaptor<ProducerRecord<String, String>> sent = ArgumentCaptor.captor();
        when(kafka.send(sent.capture())).thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));

        publisher.publish("pcmt.assessment.v1", "assessment.VillageRenamed", 1, stored, "17167-02", stored.getPayload());

        ProducerRecord<String, String> record = sent.getValue();
        assertThat(record.key()).isEqualTo("17167-02");
        IntegrationEvent event = mapper.readValue(record.value(), IntegrationEvent.class);
        assertThat(event.eventId()).isEqualTo("evt-42");
        assertThat(event.aggregateVersion()).isEqualTo(4);
        assertThat(event.occurredAt()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(event.recordedAt()).isEqualTo(Instant.parse("2026-07-01T03:00:00Z"));
        assertThat(event.actor()).isEqualTo(new Actor("cax-17167-01", "COMMUNE_OFFICER", "17167"));
        JsonNode payload = event.payload();
        assertThat(payload.get("name").asText()).isEqualTo("Khối 2");
        assertThat(new String(record.headers().lastHeader(IntegrationEventPublisher.EVENT_TYPE_HEADER).value()))
                .isEqualTo("assessment.VillageRenamed");
    }

    @Test
    void givenBrokerDoesNotAcknowledge_whenPublished_thenFailsSoTheProcessorRetries() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.failedFuture(new TimeoutException("no broker")));

        assertThatThrownBy(() -> publisher.publish("pcmt.assessment.v1", "assessment.VillageRenamed", 1, stored, "17167-02",
                stored.getPayload()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("evt-42");
    }
}
