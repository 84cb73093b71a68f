package vn.pcmt.reporting.query.eventlog;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.mongodb.MongoBulkWriteException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The events kept: appended a poll at a time, each once (by its id, so a redelivery adds nothing), read back by the
 * day they took effect.
 */
@Component
public class EventLog {

    /** Duplicate key: the event is kept already. */
    private static final int DUPLICATE = 11000;

    private final MongoTemplate mongo;

    public EventLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void keep(List<EventLogDocument> events) {
        if (events.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, EventLogDocument.class);
        bulk.insert(events);
        try {
            bulk.execute();
        } catch (org.springframework.data.mongodb.BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE)) {
                throw e;
            }
        } catch (org.springframework.dao.DuplicateKeyException e) {
            if (!(e.getCause() instanceof MongoBulkWriteException bulkError)
                    || bulkError.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE)) {
                throw e;
            }
        }
    }

    /** Events that took effect from {@code from} to {@code to} (both included), by effect then by recording. */
    public Stream<EventLogDocument> effectiveBetween(LocalDate from, LocalDate to) {
        Query query = Query.query(Criteria.where("occurredAt").gte(from).lte(to))
                .with(Sort.by(Sort.Order.asc("occurredAt"), Sort.Order.asc("recordedAt"), Sort.Order.asc("eventId")));
        return mongo.stream(query, EventLogDocument.class);
    }
}
