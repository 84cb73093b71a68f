package vn.pcmt.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.platform.kafka.ProcessedEvents;

class IntegrationEventsTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final InboundEvents inbound = new InboundEvents(mapper, (ProcessedEvents) null);

    @Test
    void givenEnvelopeWithUnknownFields_whenRead_thenUnknownFieldsIgnored() {
        IntegrationEvent event = inbound.read("""
                {"eventId":"e-1","eventType":"x.Happened","eventVersion":1,"aggregateId":"a","aggregateVersion":3,
                 "occurredAt":"2026-06-30","recordedAt":"2026-07-01T00:00:00Z","actor":{"userId":"u","role":"R"},
                 "areaCode":"17167","payload":{"k":1},"addedLater":"ignored"}""");

        assertThat(event.aggregateVersion()).isEqualTo(3);
        assertThat(event.occurredAt()).hasToString("2026-06-30");
        assertThat(event.payload().get("k").asInt()).isEqualTo(1);
    }

    @Test
    void givenRecordThatIsNoEnvelope_whenRead_thenMalformedAndNotRetried() {
        assertThatThrownBy(() -> inbound.read("{\"hello\":1}")).isInstanceOf(InboundEvents.MalformedIntegrationEvent.class);
        assertThatThrownBy(() -> inbound.read("not json")).isInstanceOf(InboundEvents.MalformedIntegrationEvent.class);
    }
}
