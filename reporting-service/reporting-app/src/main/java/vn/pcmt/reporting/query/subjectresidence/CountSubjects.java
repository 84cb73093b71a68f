package vn.pcmt.reporting.query.subjectresidence;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Subjects on the list today counted by category, in the version read now: by commune for a set of communes, or by
 * village for a set of villages, each from one aggregation.
 */
@Component
public class CountSubjects {

    private final MongoTemplate mongo;
    private final ProjectionVersions versions;

    public CountSubjects(MongoTemplate mongo, ProjectionVersions versions) {
        this.mongo = mongo;
        this.versions = versions;
    }

    /** Each commune's counts by category (a commune with nobody on the list is absent). */
    public Map<String, Map<String, Long>> byCommune(Collection<String> communeCodes) {
        return byPlaceAndCategory(Criteria.where("communeCode").in(communeCodes), "communeCode");
    }

    /** Each village's counts by category (a village with nobody on the list is absent), whatever commune they are recorded under. */
    public Map<String, Map<String, Long>> byVillage(Collection<String> villageCodes) {
        return byPlaceAndCategory(Criteria.where("villageCode").in(villageCodes), "villageCode");
    }

    /**
     * A commune's counts by category: those recorded under it and those living in its villages (a village moved to it
     * from a commune merged away keeps its people, recorded under the old commune until the registry moves them).
     */
    public Map<String, Long> inCommune(String communeCode, Collection<String> villageCodes) {
        Criteria inIt = new Criteria().orOperator(Criteria.where("communeCode").is(communeCode), Criteria.where("villageCode").in(villageCodes));
        Map<String, Long> counts = new TreeMap<>();
        mongo.aggregate(newAggregation(match(inIt.and("removed").ne(true)), group("category").count().as("count")),
                        ProjectionVersions.collection(versions.current().active()), Document.class)
                .forEach(row -> counts.put(row.getString("_id"), ((Number) row.get("count")).longValue()));
        return counts;
    }

    /** Counts by category added up over places. */
    public static Map<String, Long> total(Map<String, Map<String, Long>> byPlace) {
        Map<String, Long> total = new TreeMap<>();
        byPlace.values().forEach(counts -> counts.forEach((category, count) -> total.merge(category, count, Long::sum)));
        return total;
    }

    private Map<String, Map<String, Long>> byPlaceAndCategory(Criteria criteria, String place) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        mongo.aggregate(newAggregation(match(criteria.and("removed").ne(true)), group(place, "category").count().as("count")),
                        ProjectionVersions.collection(versions.current().active()), Document.class)
                .forEach(row -> {
                    Document key = row.get("_id", Document.class);
                    counts.computeIfAbsent(key.getString(place), p -> new TreeMap<>())
                            .put(key.getString("category"), ((Number) row.get("count")).longValue());
                });
        return counts;
    }
}
