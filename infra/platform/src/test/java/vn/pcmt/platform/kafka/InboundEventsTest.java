package vn.pcmt.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class InboundEventsTest {

    record VillageRenamed(String code, String name) {
    }

    /** Marks kept in memory; the Mongo-backed ones are exercised by the service ITs. */
    static final class RememberedEvents extends ProcessedEvents {
        private final Set<String> marks = new HashSet<>();

        RememberedEvents() {
            super(null);
        }

        @Override
        public boolean applied(String consumer, String eventId) {
            return marks.contains(consumer + "/" + eventId);
        }

        @Override
        public void markApplied(String consumer, String eventId) {
            marks.add(consumer + "/" + eventId);
        }
    }

    // The services' own mapper refuses unknown fields in requests; consumers must not.
    private final ObjectMapper strict = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final InboundEvents inbound = new InboundEvents(strict, new RememberedEvents());
    private final List<String> applied = new ArrayList<>();

    @Test
    void givenSameEventDeliveredTwice_whenApplied_thenHandlerRunsOnce() {
        String record = envelope("e-1", "{\"code\":\"17167-02\",\"name\":\"Khối 2\"}");

        inbound.applyOnce("c", record, "assessment.VillageRenamed", VillageRenamed.class, (e, v) -> applied.add(v.name()));
        inbound.applyOnce("c", record, "assessment.VillageRenamed", VillageRenamed.class, (e, v) -> applied.add(v.name()));

        assertThat(applied).containsExactly("Khối 2");
    }

    @Test
    void givenSameEventForTwoConsumers_whenApplied_thenEachAppliesIt() {
        String record = envelope("e-2", "{\"code\":\"17167-02\",\"name\":\"Khối 2\"}");

        inbound.applyOnce("a", record, "assessment.VillageRenamed", VillageRenamed.class, (e, v) -> applied.add("a"));
        inbound.applyOnce("b", record, "assessment.VillageRenamed", VillageRenamed.class, (e, v) -> applied.add("b"));

        assertThat(applied).containsExactly("a", "b");
    }

    @Test
    void givenPayloadWithFieldAddedByProducer_whenApplied_thenIgnoredFieldAndApplied() {
        String record = envelope("e-3", "{\"code\":\"17167-02\",\"name\":\"Khối 2\",\"addedInV1_1\":true}");

        inbound.applyOnce("c", record, "assessment.VillageRenamed", VillageRenamed.class, (e, v) -> applied.add(v.code()));

        assertThat(applied).containsExactly("17167-02");
    }

    @Test
    void givenPayloadOfWrongShape_whenApplied_thenMalformedSoItGoesToDeadLetters() {
        String record = envelope("e-4", "{\"code\":{\"nested\":1}}");

        assertThatThrownBy(() -> inbound.applyOnce("c", record, "assessment.VillageRenamed", VillageRenamed.class,
                (e, v) -> applied.add(v.code()))).isInstanceOf(InboundEvents.MalformedIntegrationEvent.class);
        assertThat(applied).isEmpty();
    }

    @Test
    void givenOtherEventType_whenApplied_thenIgnored() {
        inbound.applyOnce("c", envelope("e-5", "{}"), "assessment.AreaRegistered", VillageRenamed.class, (e, v) -> applied.add("x"));

        assertThat(applied).isEmpty();
    }

    private static String envelope(String eventId, String payload) {
        return """
                {"eventId":"%s","eventType":"assessment.VillageRenamed","eventVersion":1,"aggregateId":"17167-02",
                 "aggregateVersion":1,"occurredAt":"2026-06-30","recordedAt":"2026-07-01T00:00:00Z",
                 "actor":{"userId":"u","role":"R"},"areaCode":"17167-02","payload":%s}""".formatted(eventId, payload);
    }
}
