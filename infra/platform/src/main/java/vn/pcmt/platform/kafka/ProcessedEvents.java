package vn.pcmt.platform.kafka;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    /** The ids among {@code eventIds} that {@code consumer} has applied: one read for a whole poll. */
    public Set<String> appliedAmong(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        List<String> keys = eventIds.stream().map(id -> key(consumer, id)).toList();
        Query query = Query.query(Criteria.where("_id").in(keys));
        query.fields().include("_id");
        String prefix = consumer + "/";
        return mongo.find(query, ProcessedEvent.class, COLLECTION).stream()
                .map(mark -> mark.id().substring(prefix.length()))
                .collect(Collectors.toSet());
    }

    /** Marks {@code eventIds} applied in one write; a mark a concurrent redelivery wrote first is left as it is. */
    public void markAllApplied(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ProcessedEvent.class, COLLECTION);
        eventIds.forEach(id -> bulk.insert(new ProcessedEvent(key(consumer, id), now)));
        try {
            bulk.execute();
        } catch (DuplicateKeyException | BulkOperationException alreadyMarked) {
            // some were marked by a concurrent redelivery first: the outcome is the same
        }
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
