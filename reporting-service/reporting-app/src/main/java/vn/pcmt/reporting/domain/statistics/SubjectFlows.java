package vn.pcmt.reporting.domain.statistics;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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

    public static SubjectFlows of(Collection<List<SubjectEntry>> histories, ReportingPeriod period, Instant knownAt,
                                  Predicate<String> inArea) {
        long found = 0;
        long left = 0;
        long tests = 0;
        long positive = 0;
        for (List<SubjectEntry> history : histories) {
            List<SubjectEntry> known = history.stream().filter(e -> knownAt == null || !e.recordedAt().isAfter(knownAt)).toList();
            Set<Long> voided = new HashSet<>();
            known.stream().filter(e -> e.kind() == Kind.RETRACTED).forEach(e -> voided.addAll(e.versions()));
            for (SubjectEntry e : known) {
                if (voided.contains(e.version()) || e.on().isBefore(period.from()) || e.on().isAfter(period.to()) || e.areaCode() == null || !inArea.test(e.areaCode())) {
                    continue;
                }
                switch (e.kind()) {
                    case REGISTERED -> found++;
                    case LEFT_LIST -> left++;
                    case TESTED -> {
                        tests++;
                        positive += "POSITIVE".equals(e.detail()) ? 1 : 0;
                    }
                    default -> {
                        // not a flow of the report
                    }
                }
            }
        }
        return new SubjectFlows(found, left, tests, positive);
    }
}
