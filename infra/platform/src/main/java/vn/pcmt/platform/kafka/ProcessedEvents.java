package vn.pcmt.platform.kafka;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which integration events each consumer has applied. A consumer applies an event, then marks it: a crash in between
 * makes Kafka redeliver and the consumer apply again, so the handlers stay idempotent as well; the mark makes a
 * redelivery of an applied event a no-op.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;

    public ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean applied(String consumer, String eventId) {
        return mongo.findById(key(consumer, eventId), ProcessedEvent.class, COLLECTION) != null;
    }

    public void markApplied(String consumer, String eventId) {
        try {
            mongo.insert(new ProcessedEvent(key(consumer, eventId), Instant.now()), COLLECTION);
        } catch (DuplicateKeyException alreadyMarked) {
            // a concurrent redelivery marked it first: the outcome is the same
        }
    }

    private static String key(String consumer, String eventId) {
        return consumer + "/" + eventId;
    }

    @Document(COLLECTION)
    record ProcessedEvent(@Id String id, Instant appliedAt) {
    }
}
