package vn.pcmt.reporting.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The transformation of key communes (seed 004) as of a day, as known at a moment: each commune by its latest stage —
 * selected, transformed, relapsed — as assessment publishes it. A relapsed commune was transformed: it counts among the
 * transformed and among the relapsed, as assessment counts it.
 */
public record Transformations(long selected, long transformed, long relapsed) {

    /** One published stage of a commune's transformation. */
    public record Stage(String communeCode, String stage, LocalDate on, Instant recordedAt) {
    }

    public static Transformations of(Collection<Stage> stages, LocalDate asOf, Instant knownAt) {
        Map<String, List<Stage>> listed = listed(stages, asOf, knownAt);
        return new Transformations(listed.get("selected").size(), listed.get("transformed").size(), listed.get("relapsed").size());
    }

    /**
     * The communes behind each count, each by its latest stage by {@code asOf}, by code: {@code selected} (every key
     * commune), {@code transformed} (relapsed ones too), {@code relapsed}, and {@code notRelapsing} (transformed, not
     * relapsed).
     */
    public static Map<String, List<Stage>> listed(Collection<Stage> stages, LocalDate asOf, Instant knownAt) {
        Map<String, Stage> latest = new TreeMap<>();
        stages.stream().filter(s -> knownAt == null || !s.recordedAt().isAfter(knownAt)).filter(s -> !s.on().isAfter(asOf))
                .sorted(Comparator.comparing(Stage::on).thenComparing(Stage::recordedAt))
                .forEach(s -> latest.put(s.communeCode(), s));
        List<Stage> transformed = latest.values().stream().filter(s -> s.stage().equals("TRANSFORMED") || s.stage().equals("RELAPSED")).toList();
        List<Stage> relapsed = latest.values().stream().filter(s -> s.stage().equals("RELAPSED")).toList();
        return Map.of("selected", List.copyOf(latest.values()), "transformed", transformed, "relapsed", relapsed,
                "notRelapsing", transformed.stream().filter(s -> !relapsed.contains(s)).toList());
    }
}
