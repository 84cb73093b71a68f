package vn.pcmt.reporting.query.subjectresidence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Subjects on the list today counted by category, treatment under way and flag, in the version read now, from its
 * {@link CommuneCountsDocument}s (one per commune, not one per subject): by commune for a set of communes, by village for
 * a set of villages, or for a commune with its villages.
 */
@Component
public class CountSubjects {

    private final MongoTemplate mongo;
    private final ProjectionVersions versions;

    public CountSubjects(MongoTemplate mongo, ProjectionVersions versions) {
        this.mongo = mongo;
        this.versions = versions;
    }

    /** Counts of the subjects in a place: by category (they add up to the total), by treatment under way, by flag raised. */
    public record Counts(Map<String, Long> byCategory, Map<String, Long> byTreatment, Map<String, Long> byFlag) {

        public static final Counts NONE = new Counts(Map.of(), Map.of(), Map.of());

        static Counts empty() {
            return new Counts(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }

        public long total() {
            return byCategory.values().stream().mapToLong(Long::longValue).sum();
        }

        boolean isEmpty() {
            return byCategory.isEmpty() && byTreatment.isEmpty() && byFlag.isEmpty();
        }

        /** Adds what {@code commune}'s document counts where {@code counted} takes its village. */
        Counts add(CommuneCountsDocument commune, Predicate<String> counted) {
            commune.rows().stream().filter(row -> row.count() > 0 && counted.test(row.villageCode()))
                    .forEach(row -> byCategory.merge(row.category(), row.count(), Long::sum));
            commune.treatments().stream().filter(tally -> tally.count() > 0 && counted.test(tally.villageCode()))
                    .forEach(tally -> byTreatment.merge(tally.value(), tally.count(), Long::sum));
            commune.flags().stream().filter(tally -> tally.count() > 0 && counted.test(tally.villageCode()))
                    .forEach(tally -> byFlag.merge(tally.value(), tally.count(), Long::sum));
            return this;
        }

        Counts plus(Counts other) {
            other.byCategory.forEach((key, count) -> byCategory.merge(key, count, Long::sum));
            other.byTreatment.forEach((key, count) -> byTreatment.merge(key, count, Long::sum));
            other.byFlag.forEach((key, count) -> byFlag.merge(key, count, Long::sum));
            return this;
        }
    }

    /** Each commune's counts, of the subjects recorded under it (a commune with nobody on the list is absent). */
    public Map<String, Counts> byCommune(Collection<String> communeCodes) {
        Map<String, Counts> counts = new HashMap<>();
        for (CommuneCountsDocument commune : read(Criteria.where("_id").in(communeCodes))) {
            counts.computeIfAbsent(commune.communeCode(), code -> Counts.empty()).add(commune, village -> true);
        }
        counts.values().removeIf(Counts::isEmpty);
        return counts;
    }

    /** Each village's counts (a village with nobody on the list is absent), whatever commune they are recorded under. */
    public Map<String, Counts> byVillage(Collection<String> villageCodes) {
        Set<String> villages = Set.copyOf(villageCodes);
        Map<String, Counts> counts = new HashMap<>();
        for (CommuneCountsDocument commune : read(Criteria.where("villageCodes").in(villages))) {
            for (String village : commune.villageCodes()) {
                if (villages.contains(village)) {
                    counts.computeIfAbsent(village, code -> Counts.empty()).add(commune, village::equals);
                }
            }
        }
        counts.values().removeIf(Counts::isEmpty);
        return counts;
    }

    /**
     * A commune's counts: those recorded under it and those living in its villages (a village moved to it from a commune
     * merged away keeps its people, recorded under the old commune until the registry moves them).
     */
    public Counts inCommune(String communeCode, Collection<String> villageCodes) {
        Set<String> villages = Set.copyOf(villageCodes);
        Counts counts = Counts.empty();
        for (CommuneCountsDocument commune : read(new Criteria().orOperator(Criteria.where("_id").is(communeCode),
                Criteria.where("villageCodes").in(villages)))) {
            counts.add(commune, village -> commune.communeCode().equals(communeCode) || village != null && villages.contains(village));
        }
        return counts;
    }

    /** Counts added up over places. */
    public static Counts total(Map<String, Counts> byPlace) {
        Counts total = Counts.empty();
        byPlace.values().forEach(total::plus);
        return total;
    }

    private List<CommuneCountsDocument> read(Criteria communes) {
        return mongo.find(Query.query(communes), CommuneCountsDocument.class, ProjectionVersions.countsCollection(versions.current().active()));
    }
}
