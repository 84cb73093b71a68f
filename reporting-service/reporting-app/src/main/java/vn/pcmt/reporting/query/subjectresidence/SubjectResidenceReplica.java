package vn.pcmt.reporting.query.subjectresidence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes to one version's subject documents. Every write sets values, and only over an older event of the subject (its
 * aggregate version): an event delivered again, or published again after later ones, changes nothing. Each write
 * answers the communes whose counts it may have changed: the one the subject was recorded under before and the one
 * after (none when it changed nothing).
 */
public class SubjectResidenceReplica {

    private final MongoTemplate mongo;
    private final String collection;

    public SubjectResidenceReplica(MongoTemplate mongo, int version) {
        this.mongo = mongo;
        this.collection = ProjectionVersions.collection(version);
    }

    public Set<String> save(SubjectResidenceDocument subject) {
        try {
            Document before = mongo.findAndReplace(olderThan(subject.subjectId(), subject.version()), subject,
                    FindAndReplaceOptions.options().upsert(), SubjectResidenceDocument.class, collection, Document.class);
            return before == null ? Set.of(subject.communeCode()) : communes(before, subject.communeCode());
        } catch (DuplicateKeyException e) {
            return Set.of(); // the subject is there already, as of this event or a later one
        }
    }

    public Set<String> moved(String subjectId, long version, String communeCode, String villageCode) {
        return set(subjectId, version, Update.update("communeCode", communeCode).set("villageCode", villageCode), communeCode);
    }

    public Set<String> categoryChanged(String subjectId, long version, String category) {
        return set(subjectId, version, Update.update("category", category), null);
    }

    public Set<String> corrected(String subjectId, long version, String sex, int birthYear) {
        return set(subjectId, version, Update.update("sex", sex).set("birthYear", birthYear), null);
    }

    /**
     * The state a retraction leaves; {@code treatments} and {@code flags} null when the event does not say (published
     * before it named them): those stay as they were.
     */
    public Set<String> restated(String subjectId, long version, String communeCode, String villageCode, String category, boolean removed,
                                List<SubjectResidenceDocument.Treatment> treatments, List<String> flags) {
        Update update = Update.update("communeCode", communeCode).set("villageCode", villageCode).set("category", category)
                .set("removed", removed);
        if (treatments != null) {
            update.set("treatments", treatments.stream().map(SubjectResidenceReplica::treatment).toList());
        }
        if (flags != null) {
            update.set("flags", flags);
        }
        return set(subjectId, version, update, communeCode);
    }

    public Set<String> treatmentStarted(String subjectId, long version, String treatmentId, String kind) {
        return set(subjectId, version, new Update().push("treatments", treatment(new SubjectResidenceDocument.Treatment(treatmentId, kind))),
                null);
    }

    public Set<String> treatmentEnded(String subjectId, long version, String treatmentId, String kind) {
        return set(subjectId, version, new Update().pull("treatments", treatment(new SubjectResidenceDocument.Treatment(treatmentId, kind))),
                null);
    }

    public Set<String> flagRaised(String subjectId, long version, String flag) {
        return set(subjectId, version, new Update().addToSet("flags", flag), null);
    }

    public Set<String> flagCleared(String subjectId, long version, String flag) {
        return set(subjectId, version, new Update().pull("flags", flag), null);
    }

    private static Document treatment(SubjectResidenceDocument.Treatment treatment) {
        return new Document("treatmentId", treatment.treatmentId()).append("kind", treatment.kind());
    }

    public Set<String> removed(String subjectId, long version) {
        return set(subjectId, version, Update.update("removed", true), null);
    }

    /**
     * Applies {@code update} unless the subject is missing or as of this event or a later one already; answers the
     * communes it may have changed (moved to {@code after}, when not null).
     */
    private Set<String> set(String subjectId, long version, Update update, String after) {
        Document before = mongo.findAndModify(olderThan(subjectId, version), update.set("version", version), Document.class, collection);
        return before == null ? Set.of() : communes(before, after);
    }

    /** The subject, unless it is as of event {@code version} or a later one (a document without a version is older than any). */
    private static Query olderThan(String subjectId, long version) {
        return Query.query(Criteria.where("_id").is(subjectId).orOperator(Criteria.where("version").exists(false),
                Criteria.where("version").lt(version)));
    }

    /** Read as it is stored: a subject kept by an older release may lack fields added since. */
    private static Set<String> communes(Document before, String after) {
        Set<String> communes = new HashSet<>(2);
        communes.add(before.getString("communeCode"));
        if (after != null) {
            communes.add(after);
        }
        return communes;
    }
}
