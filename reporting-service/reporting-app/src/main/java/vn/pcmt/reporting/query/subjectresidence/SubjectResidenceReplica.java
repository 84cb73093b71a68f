package vn.pcmt.reporting.query.subjectresidence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes to one version's subject documents; every write sets values, so applying an event twice changes nothing.
 */
public class SubjectResidenceReplica {

    private final MongoTemplate mongo;
    private final String collection;

    public SubjectResidenceReplica(MongoTemplate mongo, int version) {
        this.mongo = mongo;
        this.collection = ProjectionVersions.collection(version);
    }

    public void save(SubjectResidenceDocument subject) {
        mongo.save(subject, collection);
    }

    public void moved(String subjectId, String communeCode, String villageCode) {
        set(subjectId, Update.update("communeCode", communeCode).set("villageCode", villageCode));
    }

    public void categoryChanged(String subjectId, String category) {
        set(subjectId, Update.update("category", category));
    }

    public void corrected(String subjectId, String sex, int birthYear) {
        set(subjectId, Update.update("sex", sex).set("birthYear", birthYear));
    }

    public void restated(String subjectId, String communeCode, String villageCode, String category, boolean removed) {
        set(subjectId, Update.update("communeCode", communeCode).set("villageCode", villageCode).set("category", category)
                .set("removed", removed));
    }

    public void removed(String subjectId) {
        set(subjectId, Update.update("removed", true));
    }

    private void set(String subjectId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(subjectId)), update, collection);
    }
}
