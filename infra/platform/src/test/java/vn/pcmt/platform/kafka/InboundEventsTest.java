package vn.pcmt.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import vn.pcmt.platform.event.IntegrationEvent;

class InboundEventsTest {

    record VillageRenamed(String code, String name) {
    }

    /** Marks kept in memory; the Mongo-backed ones are exercised by the service ITs. */
    static final class RememberedEvents extends ProcessedEvents {
        private final Set<String> marks = new HashSet<>();
        private int reads;
        private int writes;

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

        @Override
        public Set<String> appliedAmong(String consumer, Collection<String> eventIds) {
            reads++;
            return eventIds.stream().filter(id -> applied(consumer, id)).collect(Collectors.toSet());
        }

        @Override
        public void markAllApplied(String consumer, Collection<String> eventIds) {
            writes++;
            eventIds.forEach(id -> markApplied(consumer, id));
        }
    }

    private final RememberedEvents marks = new RememberedEvents();

    // The services' own mapper refuses unknown fields in requests; consumers must not.
    private final ObjectMapper strict = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final InboundEvents inbound = new InboundEvents(strict, marks);
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

    @Test
    void givenAPollWithAnAppliedEventAndARedelivery_whenAppliedEachOnce_thenNewEventsOnceInOrderWithOneReadAndOneWrite() {
        marks.markApplied("c", "e-1");
        List<ConsumerRecord<String, String>> poll = records(envelope("e-1", "{}"), envelope("e-2", "{}"), envelope("e-3", "{}"),
                envelope("e-2", "{}"));

        inbound.applyEachOnce("c", poll, (event, record) -> applied.add(event.eventId() + "@" + record.offset()));

        assertThat(applied).containsExactly("e-2@1", "e-3@2");
        assertThat(marks.applied("c", "e-3")).isTrue();
        assertThat(marks.reads).isEqualTo(1);
        assertThat(marks.writes).isEqualTo(1);
    }

    @Test
    void givenAPollWithAnUnreadableRecord_whenAppliedEachOnce_thenThoseBeforeAppliedAndThePollFailsThere() {
        List<ConsumerRecord<String, String>> poll = records(envelope("e-4", "{}"), envelope("e-5", "{}"), "not json", envelope("e-6", "{}"));

        assertThatThrownBy(() -> inbound.applyEachOnce("c", poll, (event, record) -> applied.add(event.eventId())))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isEqualTo(2);
                    assertThat(e.getCause()).isInstanceOf(InboundEvents.MalformedIntegrationEvent.class);
                });
        assertThat(applied).containsExactly("e-4", "e-5");
        assertThat(marks.applied("c", "e-5")).isTrue();
        assertThat(marks.applied("c", "e-6")).isFalse();
    }

    @Test
    void givenAHandlerThatFailsOnce_whenThePollComesAgainFromTheFailedRecord_thenNothingAppliedTwice() {
        List<ConsumerRecord<String, String>> poll = records(envelope("e-7", "{}"), envelope("e-8", "{}"), envelope("e-9", "{}"));
        boolean[] storeDown = {true};

        assertThatThrownBy(() -> inbound.applyEachOnce("c", poll, (event, record) -> {
            if (event.eventId().equals("e-8") && storeDown[0]) {
                throw new IllegalStateException("store down");
            }
            return applied.add(event.eventId());
        })).isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(1));
        storeDown[0] = false;
        inbound.applyEachOnce("c", poll, (event, record) -> applied.add(event.eventId()));

        assertThat(applied).containsExactly("e-7", "e-8", "e-9");
    }

    @Test
    void givenAnEventTheConsumerDoesNotKeep_whenAppliedEachOnce_thenNotMarked() {
        inbound.applyEachOnce("c", records(envelope("e-10", "{}"), envelope("e-11", "{}")), (event, record) -> event.eventId().equals("e-11"));

        assertThat(marks.applied("c", "e-10")).isFalse();
        assertThat(marks.applied("c", "e-11")).isTrue();
    }

    @Test
    void givenAConsumerKeepingSomeTypes_whenAPollComes_thenOthersPassedOverUnreadAndTheRestAppliedInOrder() {
        List<ConsumerRecord<String, String>> poll = records(envelope("e-12", "{}"), "not json, but of a type not kept", envelope("e-13", "{}"),
                envelope("e-14", "{}").replace("assessment.VillageRenamed", "assessment.AreaRegistered"));
        poll.get(1).headers().add(IntegrationEventPublisher.EVENT_TYPE_HEADER, "assessment.AreaRegistered".getBytes(StandardCharsets.UTF_8));
        poll.get(2).headers().add(IntegrationEventPublisher.EVENT_TYPE_HEADER, "assessment.VillageRenamed".getBytes(StandardCharsets.UTF_8));

        inbound.applyEach(poll, "assessment.VillageRenamed"::equals, (event, record) -> applied.add(event.eventId() + "@" + record.offset()));

        assertThat(applied).containsExactly("e-12@0", "e-13@2"); // e-14 had no header: read, then passed over by its type
    }

    @Test
    void givenAConsumerKeepingSomeTypes_whenAKeptRecordIsUnreadable_thenThePollFailsAtItsPosition() {
        List<ConsumerRecord<String, String>> poll = records(envelope("e-15", "{}"), envelope("e-16", "{}"), "not json");
        poll.get(1).headers().add(IntegrationEventPublisher.EVENT_TYPE_HEADER, "assessment.AreaRegistered".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> inbound.applyEach(poll, "assessment.VillageRenamed"::equals, (event, record) -> applied.add(event.eventId())))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(2));
        assertThat(applied).containsExactly("e-15");
    }

    @Test
    void givenAHandlerIdempotentByItself_whenAPollIsAppliedEach_thenEveryKeptEventAppliedAndNoMarksReadOrWritten() {
        List<ConsumerRecord<String, String>> poll = records(envelope("e-17", "{}"), envelope("e-18", "{}"), envelope("e-17", "{}"));

        inbound.applyEach(poll, type -> true, (event, record) -> applied.add(event.eventId() + "@" + record.offset()));

        assertThat(applied).containsExactly("e-17@0", "e-18@1", "e-17@2"); // the handler decides what a redelivery changes
        assertThat(marks.reads).isZero();
        assertThat(marks.writes).isZero();
        assertThat(marks.applied("c", "e-17")).isFalse();
    }

    @Test
    void givenAHandlerFailingAndItsFlushFailingToo_whenAppliedEachOnce_thenTheWholePollFailsWithBothAndNothingMarked() {
        List<ConsumerRecord<String, String>> poll = records(envelope("e-19", "{}"), envelope("e-20", "{}"));
        InboundEvents.RecordHandler failing = new InboundEvents.RecordHandler() {
            @Override
            public boolean apply(IntegrationEvent event, ConsumerRecord<String, String> record) {
                if (event.eventId().equals("e-20")) {
                    throw new IllegalStateException("cannot apply");
                }
                return true;
            }

            @Override
            public void flush() {
                throw new IllegalStateException("store down");
            }
        };

        // not a failure at the record (that would let the records before it pass as done): the whole poll comes again
        assertThatThrownBy(() -> inbound.applyEachOnce("c", poll, failing)).isNotInstanceOf(BatchListenerFailedException.class)
                .hasMessage("store down").satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("cannot apply"));
        assertThat(marks.applied("c", "e-19")).isFalse(); // its writes were in the flush that failed
    }

    private static List<ConsumerRecord<String, String>> records(String... values) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int offset = 0; offset < values.length; offset++) {
            records.add(new ConsumerRecord<>("pcmt.assessment.v1", 0, offset, "17167-02", values[offset]));
        }
        return records;
    }
}
