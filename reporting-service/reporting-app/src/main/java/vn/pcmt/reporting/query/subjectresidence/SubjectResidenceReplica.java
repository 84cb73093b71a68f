package vn.pcmt.reporting.query.subjectresidence;

import java.util.HashSet;
import java.util.Set;

import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes to one version's subject documents; every write sets values, so applying an event twice changes nothing. Each
 * write answers the communes whose counts it may have changed: the one the subject was recorded under before and the
 * one after.
 */
public class SubjectResidenceReplica {

    private final MongoTemplate mongo;
    private final String collection;

    public SubjectResidenceReplica(MongoTemplate mongo, int version) {
        this.mongo = mongo;
        this.collection = ProjectionVersions.collection(version);
    }

    public Set<String> save(SubjectResidenceDocument subject) {
        SubjectResidenceDocument before = mongo.findAndReplace(byId(subject.subjectId()), subject, FindAndReplaceOptions.options().upsert(),
                SubjectResidenceDocument.class, collection);
        return communes(before, subject.communeCode());
    }

    public Set<String> moved(String subjectId, String communeCode, String villageCode) {
        return communes(set(subjectId, Update.update("communeCode", communeCode).set("villageCode", villageCode)), communeCode);
    }

    public Set<String> categoryChanged(String subjectId, String category) {
        return communes(set(subjectId, Update.update("category", category)), null);
    }

    public Set<String> corrected(String subjectId, String sex, int birthYear) {
        return communes(set(subjectId, Update.update("sex", sex).set("birthYear", birthYear)), null);
    }

    public Set<String> restated(String subjectId, String communeCode, String villageCode, String category, boolean removed) {
        return communes(set(subjectId, Update.update("communeCode", communeCode).set("villageCode", villageCode).set("category", category)
                .set("removed", removed)), communeCode);
    }

    public Set<String> removed(String subjectId) {
        return communes(set(subjectId, Update.update("removed", true)), null);
    }

    /** The subject as it was before {@code update}; null when there is none. */
    private SubjectResidenceDocument set(String subjectId, Update update) {
        return mongo.findAndModify(byId(subjectId), update, SubjectResidenceDocument.class, collection);
    }

    private static Query byId(String subjectId) {
        return Query.query(Criteria.where("_id").is(subjectId));
    }

    private static Set<String> communes(SubjectResidenceDocument before, String after) {
        Set<String> communes = new HashSet<>(2);
        if (before != null) {
            communes.add(before.communeCode());
        }
        if (after != null) {
            communes.add(after);
        }
        return communes;
    }
}
