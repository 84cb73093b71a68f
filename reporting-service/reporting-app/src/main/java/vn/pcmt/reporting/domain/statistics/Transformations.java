package vn.pcmt.reporting.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

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
        Map<String, String> latest = new HashMap<>();
        stages.stream().filter(s -> knownAt == null || !s.recordedAt().isAfter(knownAt)).filter(s -> !s.on().isAfter(asOf))
                .sorted(Comparator.comparing(Stage::on).thenComparing(Stage::recordedAt))
                .forEach(s -> latest.put(s.communeCode(), s.stage()));
        long transformed = latest.values().stream().filter(stage -> stage.equals("TRANSFORMED") || stage.equals("RELAPSED")).count();
        long relapsed = latest.values().stream().filter("RELAPSED"::equals).count();
        return new Transformations(latest.size(), transformed, relapsed);
    }
}
