package vn.pcmt.reporting.domain.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import vn.pcmt.reporting.domain.statistics.SubjectEntry.Kind;

/**
 * What happened to subjects in an area during a period, as known at a moment: persons {@code found} (registered), persons
 * who {@code leftList} (removed, or merged into another record), drug {@code tests} and how many were
 * {@code positiveTests} — each counted where the person lived on its day; retracted entries are void.
 */
public record SubjectFlows(long found, long leftList, long tests, long positiveTests) {

    public static final SubjectFlows NONE = new SubjectFlows(0, 0, 0, 0);

    /** The flows of two sets of subjects together. */
    public SubjectFlows plus(SubjectFlows other) {
        return new SubjectFlows(found + other.found, leftList + other.leftList, tests + other.tests, positiveTests + other.positiveTests);
    }

    /** The flows as the periodic report's rows name them. */
    public static final List<String> FIGURES = List.of("found", "leftList", "tests", "positiveTests");

    public static SubjectFlows of(Collection<List<SubjectEntry>> histories, ReportingPeriod period, Instant knownAt,
                                  Predicate<String> inArea) {
        long[] counts = new long[FIGURES.size()];
        for (List<SubjectEntry> history : histories) {
            Map<String, List<SubjectEntry>> listed = listed(history, period, knownAt, inArea);
            for (int i = 0; i < counts.length; i++) {
                counts[i] += listed.get(FIGURES.get(i)).size();
            }
        }
        return new SubjectFlows(counts[0], counts[1], counts[2], counts[3]);
    }

    /**
     * The entries of one subject's history behind each flow ({@link #FIGURES}): every count is the size of such lists,
     * added up over the subjects (a subject tested three times in the period is behind three tests).
     */
    public static Map<String, List<SubjectEntry>> listed(List<SubjectEntry> history, ReportingPeriod period, Instant knownAt,
                                                         Predicate<String> inArea) {
        Map<String, List<SubjectEntry>> listed = new HashMap<>();
        FIGURES.forEach(figure -> listed.put(figure, new ArrayList<>(0)));
        List<SubjectEntry> known = history.stream().filter(e -> knownAt == null || !e.recordedAt().isAfter(knownAt)).toList();
        Set<Long> voided = new HashSet<>();
        known.stream().filter(e -> e.kind() == Kind.RETRACTED).forEach(e -> voided.addAll(e.versions()));
        for (SubjectEntry e : known) {
            if (voided.contains(e.version()) || e.on().isBefore(period.from()) || e.on().isAfter(period.to()) || e.areaCode() == null
                    || !inArea.test(e.areaCode())) {
                continue;
            }
            switch (e.kind()) {
                case REGISTERED -> listed.get("found").add(e);
                case LEFT_LIST -> listed.get("leftList").add(e);
                case TESTED -> {
                    listed.get("tests").add(e);
                    if ("POSITIVE".equals(e.detail())) {
                        listed.get("positiveTests").add(e);
                    }
                }
                default -> {
                    // not a flow of the report
                }
            }
        }
        return listed;
    }
}
