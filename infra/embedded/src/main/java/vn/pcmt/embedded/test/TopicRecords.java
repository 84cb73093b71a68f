package vn.pcmt.embedded.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the test broker from its beginning, as a consumer group of its own, until what was read satisfies
 * a condition: how a test waits for what a service published.
 */
public final class TopicRecords {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private TopicRecords() {
    }

    /**
     * The values of the records with {@code key} read until {@code enough} holds for them.
     *
     * @throws AssertionError when it does not hold within 60 s
     */
    public static List<String> readUntil(String topic, String key, Predicate<List<String>> enough) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("spring.kafka.bootstrap-servers"),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!enough.test(values)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Not enough on " + topic + " for " + key + " within " + PATIENCE + ": " + values);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key == null || key.equals(record.key())) {
                        values.add(record.value());
                    }
                });
            }
        }
        return values;
    }
}
