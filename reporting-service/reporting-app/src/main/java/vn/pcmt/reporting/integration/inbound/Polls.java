package vn.pcmt.reporting.integration.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;

/** A poll of records read one by one into what a consumer keeps. */
final class Polls {

    private Polls() {
    }

    /**
     * Reads each record with {@code read} (empty: nothing to keep) and hands what was read to {@code keep} in one call.
     * At the first record that cannot be read (not an integration event, or not what its type should hold), hands over
     * those before it and fails naming it: the error handler sends it to the dead-letter topic and the rest of the poll
     * is delivered again.
     */
    static <T> void readEach(List<ConsumerRecord<String, String>> records, Function<ConsumerRecord<String, String>, Optional<T>> read,
                             Consumer<List<T>> keep) {
        List<T> kept = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                read.apply(records.get(i)).ifPresent(kept::add);
            } catch (RuntimeException e) {
                keep.accept(kept);
                throw new BatchListenerFailedException("Not a readable event", e, i);
            }
        }
        keep.accept(kept);
    }
}
