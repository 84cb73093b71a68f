package vn.pcmt.reporting.query.subjectresidence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.registry.api.v1.RegistryTopics;

/**
 * Which version of the projections queries read ({@code active}) and which one a replay is building from the topics
 * ({@code building}): the subject residences with their counts per commune (the live summary) and the subjects'
 * histories (the as-of and periodic reports and their drill-downs), from the registry topic, and the area directory, from
 * assessment's; each version in its own collections and filled by its own consumer groups, so a rebuild never touches
 * the figures being read. Version 0 is the first one, under the names it always had. The event log is not versioned:
 * it keeps each event as it was published, once by its id, whatever a replay rebuilds.
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

    /**
     * The version a new replay builds, or empty when one is being built already (or another caller started one at the
     * same moment: only one of them gets it).
     */
    public Optional<Integer> startBuilding() {
        Versions now = current();
        if (now.building() != null) {
            return Optional.empty();
        }
        int next = now.active() + 1;
        if (mongo.findById(PROJECTION, Versions.class) == null) {
            try {
                mongo.insert(new Versions(PROJECTION, now.active(), next));
                return Optional.of(next);
            } catch (DuplicateKeyException e) {
                return Optional.empty();
            }
        }
        Query unchanged = Query.query(Criteria.where("_id").is(PROJECTION).and("active").is(now.active()).and("building").isNull());
        return mongo.updateFirst(unchanged, Update.update("building", next), Versions.class).getModifiedCount() == 1
                ? Optional.of(next) : Optional.empty();
    }

    /** A build given up before it began (its replay could not be recorded): another may start. */
    public void abandon(int version) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(PROJECTION).and("building").is(version)), new Update().unset("building"),
                Versions.class);
    }

    /** The built version becomes the one read; whether this call made it so. */
    public boolean switchTo(int version) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(PROJECTION).and("building").is(version)),
                Update.update("active", version).unset("building"), Versions.class).getModifiedCount() == 1;
    }

    public static String collection(int version) {
        return version == 0 ? "subject_residence" : "subject_residence_v" + version;
    }

    /** Where the version's {@link CommuneCountsDocument}s are kept. */
    public static String countsCollection(int version) {
        return version == 0 ? "commune_counts" : "commune_counts_v" + version;
    }

    public static String consumerGroup(int version) {
        return version == 0 ? "reporting-subject-residence" : "reporting-subject-residence-v" + version;
    }

    /** Where the version's subject histories are kept. */
    public static String historyCollection(int version) {
        return version == 0 ? "subject_history" : "subject_history_v" + version;
    }

    public static String historyConsumerGroup(int version) {
        return version == 0 ? "reporting-subject-history" : "reporting-subject-history-v" + version;
    }

    /** Where the version's area directory is kept. */
    public static String directoryCollection(int version) {
        return version == 0 ? "area_directory" : "area_directory_v" + version;
    }

    public static String directoryConsumerGroup(int version) {
        return version == 0 ? "reporting-area-directory" : "reporting-area-directory-v" + version;
    }

    /** A consumer group filling a version, and the topics it reads from their first offsets. */
    public record Group(String name, List<String> topics) {

        Group(String name, String topic) {
            this(name, List.of(topic));
        }
    }

    /** The event log's group: not versioned, it keeps every event of the three topics once, whatever the version. */
    public static final Group EVENT_LOG = new Group("reporting-event-log", List.of(RegistryTopics.EVENTS, CaseTopics.EVENTS,
            AssessmentTopics.EVENTS));

    /** The consumer groups that fill the version. */
    public static List<Group> consumerGroups(int version) {
        return List.of(new Group(consumerGroup(version), RegistryTopics.EVENTS), new Group(historyConsumerGroup(version), RegistryTopics.EVENTS),
                new Group(directoryConsumerGroup(version), AssessmentTopics.EVENTS));
    }
}
