package vn.pcmt.registry.query.accesslog;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.pcmt.platform.axon.CurrentActor;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.web.RequestIds;

/**
 * The access audit (issue 7): every read of a person's record and every list naming persons is appended here before
 * the answer leaves, with the caller from their token and where they called from. Only appended: no API changes or
 * removes an entry. Auditors read it ({@code GET /api/audit/subject-reads}).
 */
@Component
public class AccessLog {

    private final MongoTemplate mongo;
    private final CurrentActor caller;
    private final Clock clock;

    public AccessLog(MongoTemplate mongo, CurrentActor caller, Clock clock) {
        this.mongo = mongo;
        this.caller = caller;
        this.clock = clock;
    }

    /** Records that the current request read {@code subjectIds}; a read naming nobody is not a read of persons. */
    public void read(Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return;
        }
        Actor actor = caller.get();
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        String what = request.getMethod() + " " + request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        mongo.insert(new AccessLogEntry(UUID.randomUUID().toString(), Instant.now(clock), actor.userId(), actor.role(), actor.unitCode(),
                clientAddress(request), MDC.get(RequestIds.MDC_KEY), what, List.copyOf(subjectIds)));
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
        query.with(Sort.by(Sort.Direction.DESC, "at")).skip((long) page * size).limit(size);
        return mongo.find(query, AccessLogEntry.class);
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
