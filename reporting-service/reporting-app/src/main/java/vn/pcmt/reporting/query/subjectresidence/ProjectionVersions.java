package vn.pcmt.reporting.query.subjectresidence;

import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which version of the subject residences queries read ({@code active}) and which one a replay is building from the
 * topics ({@code building}), each in its own collection and filled by its own consumer group, so a rebuild never
 * touches the figures being read. Version 0 is the first one, under the names it always had.
 */
@Component
public class ProjectionVersions {

    static final String PROJECTION = "subject-residence";

    private final MongoTemplate mongo;

    public ProjectionVersions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("projection_versions")
    public record Versions(@Id String projection, int active, Integer building) {
    }

    public Versions current() {
        return Optional.ofNullable(mongo.findById(PROJECTION, Versions.class)).orElse(new Versions(PROJECTION, 0, null));
    }

    /** The version a new replay builds, or empty when one is being built already. */
    public Optional<Integer> startBuilding() {
        Versions now = current();
        if (now.building() != null) {
            return Optional.empty();
        }
        int next = now.active() + 1;
        Query unchanged = Query.query(Criteria.where("_id").is(PROJECTION).and("building").isNull());
        Versions set = mongo.findAndModify(unchanged, Update.update("building", next).setOnInsert("active", now.active()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Versions.class);
        return set != null && set.building() == next ? Optional.of(next) : Optional.empty();
    }

    /** The built version becomes the one read. */
    public void switchTo(int version) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(PROJECTION).and("building").is(version)),
                Update.update("active", version).unset("building"), Versions.class);
    }

    public static String collection(int version) {
        return version == 0 ? "subject_residence" : "subject_residence_v" + version;
    }

    public static String consumerGroup(int version) {
        return version == 0 ? "reporting-subject-residence" : "reporting-subject-residence-v" + version;
    }
}
