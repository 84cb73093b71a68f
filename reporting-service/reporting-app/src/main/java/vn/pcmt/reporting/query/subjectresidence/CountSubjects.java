package vn.pcmt.reporting.query.subjectresidence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Subjects on the list today counted by category, in the version read now, from its {@link CommuneCountsDocument}s (one
 * per commune, not one per subject): by commune for a set of communes, by village for a set of villages, or for a commune
 * with its villages.
 */
@Component
public class CountSubjects {

    private final MongoTemplate mongo;
    private final ProjectionVersions versions;

    public CountSubjects(MongoTemplate mongo, ProjectionVersions versions) {
        this.mongo = mongo;
        this.versions = versions;
    }

    /** Each commune's counts by category, of the subjects recorded under it (a commune with nobody on the list is absent). */
    public Map<String, Map<String, Long>> byCommune(Collection<String> communeCodes) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (CommuneCountsDocument commune : read(Criteria.where("_id").in(communeCodes))) {
            commune.rows().forEach(row -> add(counts.computeIfAbsent(commune.communeCode(), code -> new TreeMap<>()), row));
        }
        counts.values().removeIf(Map::isEmpty);
        return counts;
    }

    /** Each village's counts by category (a village with nobody on the list is absent), whatever commune they are recorded under. */
    public Map<String, Map<String, Long>> byVillage(Collection<String> villageCodes) {
        Set<String> villages = Set.copyOf(villageCodes);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (CommuneCountsDocument commune : read(Criteria.where("villageCodes").in(villages))) {
            commune.rows().stream().filter(row -> villages.contains(row.villageCode()))
                    .forEach(row -> add(counts.computeIfAbsent(row.villageCode(), code -> new TreeMap<>()), row));
        }
        return counts;
    }

    /**
     * A commune's counts by category: those recorded under it and those living in its villages (a village moved to it
     * from a commune merged away keeps its people, recorded under the old commune until the registry moves them).
     */
    public Map<String, Long> inCommune(String communeCode, Collection<String> villageCodes) {
        Set<String> villages = Set.copyOf(villageCodes);
        Map<String, Long> counts = new TreeMap<>();
        for (CommuneCountsDocument commune : read(new Criteria().orOperator(Criteria.where("_id").is(communeCode),
                Criteria.where("villageCodes").in(villages)))) {
            commune.rows().stream().filter(row -> commune.communeCode().equals(communeCode) || villages.contains(row.villageCode()))
                    .forEach(row -> add(counts, row));
        }
        return counts;
    }

    /** Counts by category added up over places. */
    public static Map<String, Long> total(Map<String, Map<String, Long>> byPlace) {
        Map<String, Long> total = new TreeMap<>();
        byPlace.values().forEach(counts -> counts.forEach((category, count) -> total.merge(category, count, Long::sum)));
        return total;
    }

    private List<CommuneCountsDocument> read(Criteria communes) {
        return mongo.find(Query.query(communes), CommuneCountsDocument.class, ProjectionVersions.countsCollection(versions.current().active()));
    }

    private static void add(Map<String, Long> counts, CommuneCountsDocument.Row row) {
        if (row.count() > 0) {
            counts.merge(row.category(), row.count(), Long::sum);
        }
    }
}
