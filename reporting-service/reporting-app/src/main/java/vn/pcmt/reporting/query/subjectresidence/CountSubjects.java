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
 * village for one commune (or one village), each from one aggregation (an area's figure is the sum of its parts).
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

    /** Each village's counts by category in a commune; those recorded without a village under the key {@code null}. */
    public Map<String, Map<String, Long>> byVillage(String communeCode) {
        return byPlaceAndCategory(Criteria.where("communeCode").is(communeCode), "villageCode");
    }

    /** One village's counts by category. */
    public Map<String, Long> inVillage(String villageCode) {
        return byPlaceAndCategory(Criteria.where("villageCode").is(villageCode), "villageCode").getOrDefault(villageCode, Map.of());
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
