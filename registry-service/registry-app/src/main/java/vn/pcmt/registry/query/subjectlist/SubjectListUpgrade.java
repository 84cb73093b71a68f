package vn.pcmt.registry.query.subjectlist;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Rewrites list documents written by an older version of the projection (a lower {@code schema}; before schema 3
 * with names readable) from the subjects' events, and re-keys citizen number claims stored readable, in the background
 * once the service is up (lists show the old fields until then). The projection is a pure function of the events, so
 * this is a rebuild, not a migration; the tracking processor's token is left alone.
 */
@Component
class SubjectListUpgrade {

    private static final Logger log = LoggerFactory.getLogger(SubjectListUpgrade.class);

    private final MongoTemplate mongo;
    private final SubjectListProjection projection;
    private final SubjectListIndex index;

    SubjectListUpgrade(MongoTemplate mongo, SubjectListProjection projection, SubjectListIndex index) {
        this.mongo = mongo;
        this.projection = projection;
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStarted() {
        Thread.ofPlatform().name("subject-list-upgrade").daemon().start(this::rewriteOutdated);
    }

    void rewriteOutdated() {
        index.rekeyReadableClaims();
        List<String> outdated = SubjectListDocument.ids(mongo,
                Query.query(Criteria.where("schema").ne(SubjectListDocument.SCHEMA)));
        if (outdated.isEmpty()) {
            return;
        }
        log.info("Rewriting {} subject list documents to schema {}", outdated.size(), SubjectListDocument.SCHEMA);
        outdated.forEach(projection::refresh);
        log.info("Subject list documents rewritten");
    }
}
