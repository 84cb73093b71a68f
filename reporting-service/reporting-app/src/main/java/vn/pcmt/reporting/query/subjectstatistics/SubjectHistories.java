package vn.pcmt.reporting.query.subjectstatistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.pcmt.reporting.domain.statistics.SubjectEntry;
import vn.pcmt.reporting.query.subjectresidence.ProjectionVersions;
import vn.pcmt.reporting.query.eventlog.EventLogDocument;

/**
 * Each subject's registry entries in one document ({@code subject_history}), with the communes its events were recorded
 * in ({@code areas}, indexed), so an as-of report reads one document per subject of an area instead of each event.
 * Entries are appended past the latest version a history has ({@link #append}): the same event delivered twice adds
 * nothing; read back, the first entry of each version of the subject's stream stands (histories written before kept
 * their entries as a set, and any copy appended since reads once).
 */
@Component
public class SubjectHistories {

    /** Duplicate key: an upsert that found no document to change met the subject's. */
    private static final int DUPLICATE = 11000;

    private final MongoTemplate mongo;
    private final ProjectionVersions versions;

    public SubjectHistories(MongoTemplate mongo, ProjectionVersions versions) {
        this.mongo = mongo;
        this.versions = versions;
    }

    /** Indexes the version's histories by commune, before its consumer fills them. */
    public void prepare(int version) {
        mongo.indexOps(ProjectionVersions.historyCollection(version)).ensureIndex(new Index().on("areas", Sort.Direction.ASC).named("areas"));
    }

    /** What an event adds to its subject's history: the entry (of the subject's {@code version}), and the commune it was recorded in. */
    public record Addition(String subjectId, long version, Document entry, String areaCode) {
    }

    /**
     * The addition a registry event makes, or empty for other events.
     *
     * @throws RuntimeException when the event cannot be read as an entry (a field its kind needs is missing)
     */
    public Optional<Addition> additionOf(EventLogDocument event) {
        return RegistryEntries.of(event).map(entry -> new Addition(entry.subjectId(), entry.version(), document(entry), event.areaCode()));
    }

    /**
     * Appends each entry to its subject's history in {@code version}, a subject's entries of one poll in one write, in
     * the order they came. A subject's events arrive in order, so the entries of a poll are appended only where none of
     * them is yet ({@code applied}: the latest version appended): a poll delivered again appends nothing. Should a
     * subject have some of them already (a poll delivered again in part), only the later ones are appended.
     */
    public void append(int version, List<Addition> additions) {
        if (additions.isEmpty()) {
            return;
        }
        Map<String, List<Addition>> bySubject = new LinkedHashMap<>();
        additions.forEach(addition -> bySubject.computeIfAbsent(addition.subjectId(), id -> new ArrayList<>()).add(addition));
        String collection = ProjectionVersions.historyCollection(version);
        List<String> subjects = new ArrayList<>(bySubject.keySet());
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        subjects.forEach(subjectId -> {
            List<Addition> ofSubject = bySubject.get(subjectId);
            long first = ofSubject.stream().mapToLong(Addition::version).min().orElseThrow();
            Query noneYet = Query.query(Criteria.where("_id").is(subjectId).orOperator(Criteria.where("applied").lt(first),
                    Criteria.where("applied").exists(false)));
            bulk.upsert(noneYet, appending(ofSubject));
        });
        try {
            bulk.execute();
        } catch (BulkOperationException e) {
            // a subject that has some of them already: its upsert found no document to change and could not insert another
            for (var error : e.getErrors()) {
                if (error.getCode() != DUPLICATE) {
                    throw e;
                }
                appendLater(collection, subjects.get(error.getIndex()), bySubject.get(subjects.get(error.getIndex())));
            }
        }
    }

    private void appendLater(String collection, String subjectId, List<Addition> ofSubject) {
        Document history = mongo.findById(subjectId, Document.class, collection);
        long applied = history == null || history.get("applied") == null ? -1 : ((Number) history.get("applied")).longValue();
        List<Addition> later = ofSubject.stream().filter(addition -> addition.version() > applied).toList();
        if (!later.isEmpty()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(subjectId).and("applied").is(applied)), appending(later), collection);
        }
    }

    /** Appends the entries (and the communes they were recorded in), and marks the latest version appended. */
    private static Update appending(List<Addition> ofSubject) {
        Update update = new Update().push("entries").each(ofSubject.stream().map(Addition::entry).toArray())
                .set("applied", ofSubject.stream().mapToLong(Addition::version).max().orElseThrow());
        Object[] areas = ofSubject.stream().map(Addition::areaCode).filter(java.util.Objects::nonNull).distinct().toArray();
        if (areas.length > 0) {
            update.addToSet("areas").each(areas);
        }
        return update;
    }

    /**
     * Hands the entries recorded by {@code knownAt} (all when null) of every subject with an entry recorded in one of
     * {@code communes} to {@code each} as they are read, once a subject, from the version read now: a commune at a time, each
     * read by the index through a cursor, so no more than one history is held at once.
     */
    public void forEachRecordedIn(Set<String> communes, Instant knownAt, Consumer<List<SubjectEntry>> each) {
        String collection = ProjectionVersions.historyCollection(versions.current().active());
        Set<String> seen = new HashSet<>();
        for (String commune : communes) {
            try (Stream<Document> found = mongo.stream(Query.query(Criteria.where("areas").is(commune)), Document.class, collection)) {
                found.forEach(history -> {
                    String subjectId = history.getString("_id");
                    if (!seen.add(subjectId)) {
                        return;
                    }
                    List<SubjectEntry> known = new ArrayList<>();
                    Set<Long> versions = new HashSet<>();
                    for (Document entry : history.getList("entries", Document.class)) {
                        SubjectEntry read = entry(subjectId, entry);
                        // an event published again may come back a little different (its commune worked out anew): the first
                        // copy of each version stands, as in the event log
                        if (versions.add(read.version()) && (knownAt == null || !read.recordedAt().isAfter(knownAt))) {
                            known.add(read);
                        }
                    }
                    if (!known.isEmpty()) {
                        each.accept(known);
                    }
                });
            }
        }
    }

    /** An entry as stored: its fields in a fixed order, so the same event makes the same document. */
    static Document document(SubjectEntry entry) {
        return new Document("version", entry.version()).append("kind", entry.kind().name()).append("on", entry.on().toString())
                .append("recordedAt", Date.from(entry.recordedAt())).append("areaCode", entry.areaCode())
                .append("communeCode", entry.communeCode()).append("villageCode", entry.villageCode()).append("category", entry.category())
                .append("sex", entry.sex()).append("birthYear", entry.birthYear()).append("reference", entry.reference())
                .append("detail", entry.detail()).append("versions", entry.versions());
    }

    static SubjectEntry entry(String subjectId, Document entry) {
        List<Long> versions = entry.getList("versions", Number.class, List.of()).stream().map(Number::longValue).toList();
        return new SubjectEntry(subjectId, ((Number) entry.get("version")).longValue(), SubjectEntry.Kind.valueOf(entry.getString("kind")),
                LocalDate.parse(entry.getString("on")), entry.getDate("recordedAt").toInstant(), entry.getString("areaCode"),
                entry.getString("communeCode"), entry.getString("villageCode"), entry.getString("category"), entry.getString("sex"),
                entry.getInteger("birthYear"), entry.getString("reference"), entry.getString("detail"), versions);
    }
}
