package vn.pcmt.reporting.query.subjectresidence;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps each version's {@link CommuneCountsDocument}s equal to its subject residences: the consumer recounts the
 * communes a poll touched once the poll is applied, a replay recounts every commune before it is switched to, and every
 * instance recounts the version read at start and then every {@code pcmt.reporting.recount-all-ms} (ten minutes), so a
 * recount lost to a crash between a poll and its count is made good. Each recount takes a ticket from the store first;
 * its documents replace only those of an older ticket, so two instances recounting the same commune leave the later
 * count, whichever writes last.
 */
@Component
public class CommuneCounts {

    static final String TICKETS = "commune_counts_tickets";

    private final MongoTemplate mongo;
    private final ProjectionVersions versions;

    public CommuneCounts(MongoTemplate mongo, ProjectionVersions versions) {
        this.mongo = mongo;
        this.versions = versions;
    }

    /** Recounts {@code communeCodes} (subjects recorded under each) in {@code version}. */
    public void recount(int version, Collection<String> communeCodes) {
        if (!communeCodes.isEmpty()) {
            long ticket = nextTicket();
            write(version, ticket, count(version, Criteria.where("removed").ne(true).and("communeCode").in(communeCodes), communeCodes));
        }
    }

    /** Recounts every commune of {@code version}: those with subjects and those that had some. */
    public void recountAll(int version) {
        String collection = ProjectionVersions.countsCollection(version);
        mongo.indexOps(collection).ensureIndex(new Index().on("villageCodes", Sort.Direction.ASC).named("villageCodes"));
        long ticket = nextTicket();
        List<String> counted = mongo.findDistinct(new Query(), "_id", collection, String.class);
        write(version, ticket, count(version, Criteria.where("removed").ne(true), counted));
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${pcmt.reporting.recount-all-ms:600000}")
    void recountRead() {
        recountAll(versions.current().active());
    }

    /**
     * The ticket of a count about to be made, taken before the residences are read. Every residence write happens before
     * the ticket of the recount it triggers is taken, so a count with a later ticket has seen every write an earlier one
     * was made for.
     */
    public long nextTicket() {
        Document ticket = mongo.findAndModify(Query.query(Criteria.where("_id").is("commune-counts")), new Update().inc("ticket", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, TICKETS);
        return ((Number) Objects.requireNonNull(ticket).get("ticket")).longValue();
    }

    /**
     * The rows of each commune whose residences {@code onList} selects, as they are now; {@code alsoEmpty} communes get a
     * document even without subjects.
     */
    public List<CommuneCountsDocument> count(int version, Criteria onList, Collection<String> alsoEmpty) {
        String collection = ProjectionVersions.collection(version);
        Map<String, List<CommuneCountsDocument.Row>> rows = new LinkedHashMap<>();
        alsoEmpty.forEach(code -> rows.put(code, new ArrayList<>()));
        mongo.aggregate(newAggregation(match(onList), group("communeCode", "villageCode", "category").count().as("count")), collection, Document.class)
                .forEach(row -> {
                    Document key = row.get("_id", Document.class);
                    rows.computeIfAbsent(key.getString("communeCode"), code -> new ArrayList<>()).add(new CommuneCountsDocument.Row(
                            key.getString("villageCode"), key.getString("category"), ((Number) row.get("count")).longValue()));
                });
        Map<String, List<CommuneCountsDocument.Tally>> treatments = tallies(collection, onList, "treatments", "treatments.kind");
        Map<String, List<CommuneCountsDocument.Tally>> flags = tallies(collection, onList, "flags", "flags");
        return rows.entrySet().stream().map(commune -> {
            Set<String> villages = new TreeSet<>();
            commune.getValue().stream().map(CommuneCountsDocument.Row::villageCode).filter(Objects::nonNull).forEach(villages::add);
            return new CommuneCountsDocument(commune.getKey(), List.copyOf(villages), commune.getValue(),
                    treatments.getOrDefault(commune.getKey(), List.of()), flags.getOrDefault(commune.getKey(), List.of()), 0);
        }).toList();
    }

    /**
     * By commune, how many of those {@code onList} selects have each {@code value} of the array {@code field}, by
     * village: each subject once a value (two treatments of a kind are one person in that kind), as the as-of reports
     * count them.
     */
    private Map<String, List<CommuneCountsDocument.Tally>> tallies(String collection, Criteria onList, String field, String value) {
        Map<String, List<CommuneCountsDocument.Tally>> tallies = new LinkedHashMap<>();
        mongo.aggregate(newAggregation(match(onList), unwind(field),
                        group(Fields.from(Fields.field("subject", "_id"), Fields.field("communeCode"), Fields.field("villageCode"),
                                Fields.field("value", value))),
                        group("communeCode", "villageCode", "value").count().as("count")), collection, Document.class)
                .forEach(row -> {
                    Document key = row.get("_id", Document.class);
                    tallies.computeIfAbsent(key.getString("communeCode"), code -> new ArrayList<>()).add(new CommuneCountsDocument.Tally(
                            key.getString("villageCode"), key.getString("value"), ((Number) row.get("count")).longValue()));
                });
        return tallies;
    }

    private static List<Document> tallies(List<CommuneCountsDocument.Tally> tallies) {
        return tallies.stream().map(tally -> new Document("villageCode", tally.villageCode()).append("value", tally.value())
                .append("count", tally.count())).toList();
    }

    /**
     * Stores {@code counts} (one per commune, as {@link #count} makes them) under {@code ticket}, except where a count with
     * a later ticket is stored already.
     */
    public void write(int version, long ticket, List<CommuneCountsDocument> counts) {
        String collection = ProjectionVersions.countsCollection(version);
        for (CommuneCountsDocument commune : counts) {
            List<Document> rows = commune.rows().stream().map(row -> new Document("villageCode", row.villageCode())
                    .append("category", row.category()).append("count", row.count())).toList();
            Query older = Query.query(Criteria.where("_id").is(commune.communeCode()).and("ticket").lt(ticket));
            Update update = Update.update("villageCodes", commune.villageCodes()).set("rows", rows)
                    .set("treatments", tallies(commune.treatments())).set("flags", tallies(commune.flags())).set("ticket", ticket);
            try {
                mongo.upsert(older, update, collection);
            } catch (DuplicateKeyException e) {
                // another count inserted the commune's first document meanwhile: replace it unless its ticket is later
                mongo.updateFirst(older, update, collection);
            }
        }
    }
}
