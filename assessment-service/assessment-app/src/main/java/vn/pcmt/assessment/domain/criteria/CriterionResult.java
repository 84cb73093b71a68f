package vn.pcmt.assessment.domain.criteria;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One criterion of an appraisal: {@code id} (stable, e.g. {@code ART6_1}), its Vietnamese {@code text}, whether it
 * {@code passed}, the {@code facts} it read (name → value, in reading order) and the {@code explanation} in Vietnamese.
 */
public record CriterionResult(String id, String text, boolean passed, Map<String, Object> facts, String explanation) {

    public CriterionResult {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** Facts in reading order from name, value pairs. */
    static Map<String, Object> facts(Object... pairs) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            facts.put((String) pairs[i], pairs[i + 1]);
        }
        return facts;
    }
}
