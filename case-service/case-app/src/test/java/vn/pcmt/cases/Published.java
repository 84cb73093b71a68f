package vn.pcmt.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.embedded.test.TopicRecords;

/** What case-service published on its topic for one key, by event type in the order published. */
final class Published {

    private Published() {
    }

    /** Waits until {@code count} records with {@code key} are on {@code pcmt.cases.v1}. */
    static Map<String, List<JsonNode>> byType(ObjectMapper mapper, String key, int count) throws Exception {
        Map<String, List<JsonNode>> byType = new HashMap<>();
        for (String value : TopicRecords.readUntil(CaseTopics.EVENTS, key, values -> values.size() >= count)) {
            JsonNode event = mapper.readTree(value);
            byType.computeIfAbsent(event.get("eventType").asText(), type -> new ArrayList<>()).add(event);
        }
        return byType;
    }

    /** The same when each type is published once: its record. */
    static Map<String, JsonNode> oncePerType(ObjectMapper mapper, String key, int count) throws Exception {
        Map<String, JsonNode> once = new HashMap<>();
        byType(mapper, key, count).forEach((type, events) -> once.put(type, events.getLast()));
        return once;
    }
}
