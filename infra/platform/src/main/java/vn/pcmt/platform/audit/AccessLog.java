package vn.pcmt.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.crypto.SecretKey;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.pcmt.platform.axon.CurrentActor;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.web.RequestIds;

/**
 * The access audit of a service (issue 7): every read of a person's record and every list naming persons is appended
 * here before the answer leaves, with the caller from their token and where they called from. Only appended, never
 * changed through any API; each entry carries an HMAC of its content and of the one before it, under a key kept outside
 * the database, so {@link #verify()} finds an entry edited, removed or inserted in the store behind the service's
 * back. What it cannot find alone: the newest entries removed from the end (compare {@code entriesIntact} with an
 * earlier verification). Auditors read it.
 */
public class AccessLog {

    /** Appends that collide with another instance's (same sequence) are retried this often on the new end of the chain. */
    private static final int ATTEMPTS = 5;
    private static final int VERIFY_BATCH = 1_000;
    private static final String UNCHAINED = "access_log";

    private final MongoTemplate mongo;
    private final CurrentActor caller;
    private final Clock clock;
    private final SecretKey chainKey;
    private AccessLogEntry last;

    /** @param chainKey authenticates the chain; kept outside the database ({@code pcmt.audit.key-file}) */
    public AccessLog(MongoTemplate mongo, CurrentActor caller, Clock clock, SecretKey chainKey) {
        this.mongo = mongo;
        this.caller = caller;
        this.clock = clock;
        this.chainKey = chainKey;
    }

    /** Whether any entry is chained yet: a missing key file must then stop the service. */
    public static boolean anyChained(MongoTemplate mongo) {
        return mongo.collectionExists(AccessLogEntry.COLLECTION) && mongo.getCollection(AccessLogEntry.COLLECTION).countDocuments() > 0;
    }

    /** Records that the current request read {@code subjectIds}; a read naming nobody is not a read of persons. */
    public void read(Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return;
        }
        Actor actor = caller.get();
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        String what = request.getMethod() + " " + request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        // the store keeps milliseconds: the hash is of what is stored
        append(new AccessLogEntry(UUID.randomUUID().toString(), 0, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), actor.userId(), actor.role(), actor.unitCode(),
                clientAddress(request), MDC.get(RequestIds.MDC_KEY), what, List.copyOf(subjectIds), null, null));
    }

    /**
     * Chains the reads recorded before the log was chained (registry's {@code access_log}, issue 7's first step) in the
     * order they happened, then drops the old collection; nothing to do when it is gone.
     */
    public void chainUnchained() {
        if (!mongo.collectionExists(UNCHAINED)) {
            return;
        }
        for (org.bson.Document old : mongo.find(new Query().with(Sort.by(Sort.Direction.ASC, "at")), org.bson.Document.class, UNCHAINED)) {
            if (mongo.exists(Query.query(Criteria.where("_id").is(old.get("_id").toString())), AccessLogEntry.class)) {
                continue; // chained by a start that stopped before dropping the old collection
            }
            append(new AccessLogEntry(old.get("_id").toString(), 0, old.getDate("at").toInstant(), old.getString("userId"),
                    old.getString("role"), old.getString("unitCode"), old.getString("clientAddress"), old.getString("requestId"),
                    old.getString("read"), old.getList("subjectIds", String.class), null, null));
        }
        mongo.dropCollection(UNCHAINED);
    }

    private synchronized void append(AccessLogEntry entry) {
        for (int attempt = 1; ; attempt++) {
            if (last == null) {
                last = newest();
            }
            AccessLogEntry chained = last == null ? entry.chained(1, AccessLogEntry.GENESIS, chainKey)
                    : entry.chained(last.sequence() + 1, last.hash(), chainKey);
            try {
                mongo.insert(chained);
                last = chained;
                return;
            } catch (DuplicateKeyException another) {
                last = null; // another instance appended first: chain to its entry
                if (attempt == ATTEMPTS) {
                    throw another;
                }
            }
        }
    }

    private AccessLogEntry newest() {
        return mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "sequence")).limit(1), AccessLogEntry.class);
    }

    /** Entries newest first, narrowed by subject, reader and time (each optional). */
    public List<AccessLogEntry> find(String subjectId, String userId, Instant from, Instant to, int page, int size) {
        Query query = new Query();
        if (subjectId != null) {
            query.addCriteria(Criteria.where("subjectIds").is(subjectId));
        }
        if (userId != null) {
            query.addCriteria(Criteria.where("userId").is(userId));
        }
        if (from != null || to != null) {
            Criteria at = Criteria.where("at");
            if (from != null) {
                at = at.gte(from);
            }
            if (to != null) {
                at = at.lt(to);
            }
            query.addCriteria(at);
        }
        query.with(Sort.by(Sort.Direction.DESC, "sequence")).skip((long) page * size).limit(size);
        return mongo.find(query, AccessLogEntry.class);
    }

    /**
     * Walks the whole chain in order: every entry's hash must be its content's and chain to the entry before it, and the
     * sequence must have no gap. The first entry that breaks it is named.
     */
    public Verification verify() {
        String previous = AccessLogEntry.GENESIS;
        long expected = 1;
        while (true) {
            List<AccessLogEntry> batch = mongo.find(new Query(Criteria.where("sequence").gte(expected))
                    .with(Sort.by(Sort.Direction.ASC, "sequence")).limit(VERIFY_BATCH), AccessLogEntry.class);
            for (AccessLogEntry entry : batch) {
                if (entry.sequence() != expected) {
                    return Verification.broken(expected - 1, expected, "MISSING");
                }
                if (!previous.equals(entry.previousHash())) {
                    return Verification.broken(expected - 1, expected, "NOT_CHAINED");
                }
                if (!entry.expectedHash(chainKey).equals(entry.hash())) {
                    return Verification.broken(expected - 1, expected, "ALTERED");
                }
                previous = entry.hash();
                expected++;
            }
            if (batch.size() < VERIFY_BATCH) {
                return new Verification(expected - 1, true, null, null);
            }
        }
    }

    /**
     * The outcome of {@link #verify()}: how many entries chain intact from the first, and when not all do, the sequence
     * of the first that breaks the chain and how ({@code MISSING}, {@code NOT_CHAINED}, {@code ALTERED}).
     */
    public record Verification(long entriesIntact, boolean intact, Long brokenAt, String problem) {

        static Verification broken(long intactBefore, long at, String problem) {
            return new Verification(intactBefore, false, at, problem);
        }
    }

    /**
     * The address the gateway saw the caller at: the last {@code X-Forwarded-For} entry, which the gateway appends
     * (it drops what a caller claims); the connection's own when called without the gateway (on one machine the
     * services listen on the loopback only).
     */
    private static String clientAddress(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return request.getRemoteAddr();
        }
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
    }
}
