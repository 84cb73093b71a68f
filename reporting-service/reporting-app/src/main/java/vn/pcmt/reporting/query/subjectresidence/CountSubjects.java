package vn.pcmt.reporting.query.subjectresidence;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Subjects on the list today counted by category, for a set of communes or one village, in the version read now. */
@Component
public class CountSubjects {

    private final MongoTemplate mongo;
    private final ProjectionVersions versions;

    public CountSubjects(MongoTemplate mongo, ProjectionVersions versions) {
        this.mongo = mongo;
        this.versions = versions;
    }

    public Map<String, Long> inCommunes(Collection<String> communeCodes) {
        return byCategory(Criteria.where("communeCode").in(communeCodes));
    }

    public Map<String, Long> inVillage(String villageCode) {
        return byCategory(Criteria.where("villageCode").is(villageCode));
    }

    private Map<String, Long> byCategory(Criteria criteria) {
        Map<String, Long> counts = new TreeMap<>();
        mongo.aggregate(newAggregation(match(criteria.and("removed").ne(true)), group("category").count().as("count")),
                        ProjectionVersions.collection(versions.current().active()), Document.class)
                .forEach(row -> counts.put(row.getString("_id"), ((Number) row.get("count")).longValue()));
        return counts;
    }
}
