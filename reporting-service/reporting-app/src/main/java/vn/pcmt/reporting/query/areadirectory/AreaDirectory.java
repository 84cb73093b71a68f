package vn.pcmt.reporting.query.areadirectory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.pcmt.reporting.query.subjectresidence.ProjectionVersions;

/**
 * The reporting copy of the area directory, read from the version in use ({@link ProjectionVersions}: a replay rebuilds
 * it with the other projections): areas by code, and an area's children today or on any past day, as the directory
 * stood then (an area moved under another parent, or closed, from the day the decision took effect).
 */
@Component
public class AreaDirectory {

    private final MongoTemplate mongo;
    private final ProjectionVersions versions;

    public AreaDirectory(MongoTemplate mongo, ProjectionVersions versions) {
        this.mongo = mongo;
        this.versions = versions;
    }

    public Optional<AreaDirectoryDocument> find(String code) {
        return find(versions.current().active(), code);
    }

    /** Every area that was ever under {@code parentCode}, closed ones too, by code. */
    public List<AreaDirectoryDocument> everUnder(String parentCode) {
        Query everUnder = Query.query(new Criteria().orOperator(Criteria.where("parentCode").is(parentCode),
                Criteria.where("parents.code").is(parentCode))).with(Sort.by("_id"));
        return mongo.find(everUnder, AreaDirectoryDocument.class, read());
    }

    /** Every area that was ever under one of {@code parentCodes}, closed ones too. */
    public List<AreaDirectoryDocument> everUnder(Collection<String> parentCodes) {
        Query everUnder = Query.query(new Criteria().orOperator(Criteria.where("parentCode").in(parentCodes),
                Criteria.where("parents.code").in(parentCodes)));
        return mongo.find(everUnder, AreaDirectoryDocument.class, read());
    }

    /** Every area under {@code parentCode} today, closed ones too (people may still be recorded under them), by code. */
    public List<AreaDirectoryDocument> under(String parentCode) {
        return mongo.find(Query.query(Criteria.where("parentCode").is(parentCode)).with(Sort.by("_id")), AreaDirectoryDocument.class, read());
    }

    /** Its children today: under it now, and open. */
    public List<AreaDirectoryDocument> openChildren(String parentCode) {
        Query open = Query.query(Criteria.where("parentCode").is(parentCode).and("closedOn").isNull()).with(Sort.by("_id"));
        return mongo.find(open, AreaDirectoryDocument.class, read());
    }

    /**
     * Of the areas {@link #everUnder(String) ever under} {@code parentCode}, its children on {@code day}: under it and open
     * that day (read once with the rest of a report's scope).
     */
    public static List<AreaDirectoryDocument> childrenOn(List<AreaDirectoryDocument> everUnder, String parentCode, LocalDate day) {
        return everUnder.stream().filter(child -> parentCode.equals(child.parentOn(day)) && child.openOn(day)).toList();
    }

    // --- one version, for the consumer that fills it -------------------------------------------------------------------

    /** Indexes the version's directory for finding children, before its consumer fills it. */
    public void prepare(int version) {
        String collection = ProjectionVersions.directoryCollection(version);
        mongo.indexOps(collection).ensureIndex(new Index().on("parentCode", Sort.Direction.ASC).named("parentCode"));
        mongo.indexOps(collection).ensureIndex(new Index().on("parents.code", Sort.Direction.ASC).named("parents"));
    }

    public Optional<AreaDirectoryDocument> find(int version, String code) {
        return Optional.ofNullable(mongo.findById(code, AreaDirectoryDocument.class, ProjectionVersions.directoryCollection(version)));
    }

    public void save(int version, AreaDirectoryDocument area) {
        mongo.save(area, ProjectionVersions.directoryCollection(version));
    }

    private String read() {
        return ProjectionVersions.directoryCollection(versions.current().active());
    }
}
