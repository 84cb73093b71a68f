package vn.pcmt.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import vn.pcmt.embedded.launcher.Ports;
import vn.pcmt.embedded.store.EmbeddedStore;

/**
 * The event store on the embedded MongoDB-compatible store, as services use it (Axon's Mongo storage engine over
 * the wire protocol): fill it with {@code --events} events spread over {@code --aggregates} aggregates, then
 * measure (1) a command's store work, i.e. loading one aggregate's events and appending one more, as p50/p99
 * latency, and (2) a tracking processor's read rate from the tail.
 *
 * <pre>java -Xmx12g -jar bench/target/bench-*-exec.jar --events 1000000 --aggregates 20000 --commands 2000
 *     --tracking-events 1000000 [--store memory|file]</pre>
 */
public final class EventStoreBenchmark {

    record SubjectTested(String subjectId, String testedOn, String method, String result, List<String> substances) {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        int events = Integer.parseInt(options.getOrDefault("events", "1000000"));
        int aggregates = Integer.parseInt(options.getOrDefault("aggregates", "20000"));
        int commands = Integer.parseInt(options.getOrDefault("commands", "2000"));
        int trackingEvents = Integer.parseInt(options.getOrDefault("tracking-events", "200000"));
        int perAggregate = events / aggregates;

        boolean onDisk = "file".equals(options.getOrDefault("store", "memory"));
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "pcmt-bench-" + System.nanoTime(), "store.mv");
        try (EmbeddedStore store = onDisk ? EmbeddedStore.onDisk(file, Ports.free()) : EmbeddedStore.inMemory(Ports.free());
             MongoClient client = MongoClients.create(store.connectionString())) {
            JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper().findAndRegisterModules()
                    .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)).build();
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                    .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, "pcmt-bench").build())
                    .storageStrategy(new DocumentPerEventStorageStrategy())
                    .eventSerializer(serializer).snapshotSerializer(serializer)
                    .build();

            Instant fillStarted = Instant.now();
            Instant firstTimestamp = Instant.now().minus(Duration.ofDays(400));
            List<DomainEventMessage<?>> batch = new ArrayList<>(1000);
            long stored = 0;
            for (int seq = 0; seq < perAggregate; seq++) {
                for (int a = 0; a < aggregates; a++) {
                    batch.add(event("s-" + a, seq, firstTimestamp.plusMillis(stored)));
                    stored++;
                    if (batch.size() == 1000) {
                        engine.appendEvents(batch);
                        batch.clear();
                    }
                }
                System.out.printf("filled %,d events (%d s)%n", stored, Duration.between(fillStarted, Instant.now()).toSeconds());
            }
            engine.appendEvents(batch);
            long fillSeconds = Math.max(1, Duration.between(fillStarted, Instant.now()).toSeconds());
            System.out.printf("fill: %,d events in %d s (%,d events/s)%n", stored, fillSeconds, stored / fillSeconds);

            long[] nanos = new long[commands];
            int[] nextSeq = new int[aggregates];
            Arrays.fill(nextSeq, perAggregate);
            for (int i = 0; i < commands; i++) {
                int a = ThreadLocalRandom.current().nextInt(aggregates);
                String id = "s-" + a;
                long start = System.nanoTime();
                long loaded = engine.readEvents(id).asStream().count();
                engine.appendEvents(List.of(event(id, nextSeq[a]++, Instant.now())));
                nanos[i] = System.nanoTime() - start;
                if (loaded != nextSeq[a] - 1) {
                    throw new IllegalStateException("loaded " + loaded + " events of " + id + ", expected " + (nextSeq[a] - 1));
                }
            }
            Arrays.sort(nanos);
            System.out.printf("command (load aggregate of ~%d events + append 1), %d commands: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    perAggregate, commands, nanos[commands / 2] / 1e6, nanos[(int) (commands * 0.99)] / 1e6, nanos[commands - 1] / 1e6);

            Instant trackingStarted = Instant.now();
            TrackingToken tail = engine.createTailToken();
            long read = engine.readEvents(tail, false).limit(trackingEvents).mapToLong(EventStoreBenchmark::one).sum();
            double seconds = Duration.between(trackingStarted, Instant.now()).toMillis() / 1000.0;
            System.out.printf("tracking read from the tail: %,d events in %.1f s (%,.0f events/s)%n", read, seconds, read / seconds);
        } finally {
            if (onDisk) {
                file.toFile().delete();
                file.getParent().toFile().delete();
            }
        }
    }

    private static long one(TrackedEventMessage<?> message) {
        return 1;
    }

    private static DomainEventMessage<?> event(String aggregateId, long seq, Instant timestamp) {
        return new GenericDomainEventMessage<>("Subject", aggregateId, seq,
                new SubjectTested(aggregateId, "2026-05-04", "QUICK_TEST", seq % 7 == 0 ? "POSITIVE" : "NEGATIVE",
                        List.of("methamphetamine")),
                MetaData.with("actorUserId", "cax-17167-01").and("actorRole", "COMMUNE_OFFICER").and("effectiveDate", "2026-05-04"),
                java.util.UUID.randomUUID().toString(), timestamp);
    }

    private static Map<String, String> options(String[] args) {
        return Arrays.stream(String.join(" ", args).split("--")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.split("\\s+", 2)).collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : "true"));
    }
}
