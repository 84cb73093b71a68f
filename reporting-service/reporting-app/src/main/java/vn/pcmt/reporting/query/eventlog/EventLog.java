package vn.pcmt.reporting.query.eventlog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.mongodb.MongoBulkWriteException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.api.v1.CaseTopics;

/**
 * The events kept: appended a poll at a time, each once (by its id, so a redelivery adds nothing), read back by the
 * day they took effect.
 */
@Component
public class EventLog {

    /** Events a page: a few megabytes an answer of the store. */
    static final int PAGE = 2_000;

    /** Duplicate key: the event is kept already. */
    private static final int DUPLICATE = 11000;
    /**
     * One document per topic and area ({@code <topic>/<areaCode>}): how many polls kept events of it, for readers that keep
     * what they computed from them — of case-service's topic only, the one such a reader reads (the fight).
     */
    static final String STAMPS = "event_log_stamps";
    private static final Set<String> STAMPED = Set.of(CaseTopics.EVENTS);

    private final MongoTemplate mongo;

    public EventLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Keeps the events, then moves the stamp of each area they are of in a stamped topic ({@link #stamps}): a reader that
     * took an area's stamp before reading its events and finds it unchanged has read everything kept of it since (a
     * redelivery moves it too).
     */
    public void keep(List<EventLogDocument> events) {
        if (events.isEmpty()) {
            return;
        }
        insert(events);
        events.stream().filter(event -> STAMPED.contains(event.topic()) && event.areaCode() != null)
                .map(event -> stampId(event.topic(), event.areaCode())).distinct()
                .forEach(id -> mongo.upsert(Query.query(Criteria.where("_id").is(id)), new Update().inc("stamp", 1L), STAMPS));
    }

    /** The stamps of {@code topic}'s events of {@code areaCodes}, by area: each changes whenever events of its area are kept. */
    public Map<String, Long> stamps(String topic, Collection<String> areaCodes) {
        Map<String, Long> stamps = new HashMap<>();
        areaCodes.forEach(area -> stamps.put(area, 0L));
        Query query = Query.query(Criteria.where("_id").in(areaCodes.stream().map(area -> stampId(topic, area)).toList()));
        mongo.find(query, org.bson.Document.class, STAMPS).forEach(stamp -> stamps.put(stamp.getString("_id").substring(topic.length() + 1),
                ((Number) stamp.get("stamp")).longValue()));
        return stamps;
    }

    private static String stampId(String topic, String areaCode) {
        return topic + "/" + areaCode;
    }

    private void insert(List<EventLogDocument> events) {
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

    /**
     * Events that took effect from {@code from} to {@code to} (both included), day by day, each day's by id: read a
     * page at a time, so no answer of the store grows with the period.
     */
    public Stream<EventLogDocument> effectiveBetween(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).flatMap(day -> pages(Criteria.where("occurredAt").is(day)));
    }

    /** Every event matching {@code criteria}, by id, a page at a time. */
    public Stream<EventLogDocument> pages(Criteria criteria) {
        return Stream.iterate(page(criteria, null), page -> !page.isEmpty(),
                        page -> page.size() < PAGE ? List.of() : page(criteria, page.getLast().eventId()))
                .flatMap(List::stream);
    }

    private List<EventLogDocument> page(Criteria criteria, String after) {
        Query query = Query.query(criteria);
        if (after != null) {
            query.addCriteria(Criteria.where("_id").gt(after));
        }
        return mongo.find(query.with(Sort.by(Sort.Direction.ASC, "_id")).limit(PAGE), EventLogDocument.class);
    }
}
