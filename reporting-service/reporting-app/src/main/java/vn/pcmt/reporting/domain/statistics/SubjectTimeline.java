package vn.pcmt.reporting.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import vn.pcmt.reporting.domain.statistics.SubjectEntry.Kind;

/**
 * A subject's entries folded to how they stood on a day, as known at a moment, the way the registry folds them:
 * entries take effect on their day; an entry recorded after {@code knownAt} was not known then; an entry retracted (by a
 * retraction known then) is void whatever the day; a correction of sex or birth year applies to every day. A treatment
 * is over on its end day; a management period runs to its end day included.
 */
public final class SubjectTimeline {

    private SubjectTimeline() {
    }

    /**
     * Whether the subject was in treatment at some time from {@code from} to {@code to}: a treatment (not retracted,
     * known at {@code knownAt}) that started by {@code to} and had not ended by {@code from} (over on its end day).
     */
    public static boolean treatedBetween(List<SubjectEntry> entries, LocalDate from, LocalDate to, Instant knownAt) {
        List<SubjectEntry> known = entries.stream().filter(e -> knownAt == null || !e.recordedAt().isAfter(knownAt)).toList();
        Set<Long> voided = new HashSet<>();
        known.stream().filter(e -> e.kind() == Kind.RETRACTED).forEach(e -> voided.addAll(e.versions()));
        Map<String, LocalDate> ends = new HashMap<>();
        known.stream().filter(e -> e.kind() == Kind.TREATMENT_ENDED && !voided.contains(e.version()))
                .forEach(e -> ends.put(e.reference(), e.on()));
        return known.stream().filter(e -> e.kind() == Kind.TREATMENT_STARTED && !voided.contains(e.version()) && !e.on().isAfter(to))
                .anyMatch(e -> !ends.containsKey(e.reference()) || ends.get(e.reference()).isAfter(from));
    }

    /**
     * @param knownAt the moment the answer is given as of ({@code null}: everything recorded)
     * @return the status on {@code asOf}, or empty when the subject was not on the list that day
     */
    public static Optional<SubjectStatus> statusOn(List<SubjectEntry> entries, LocalDate asOf, Instant knownAt) {
        List<SubjectEntry> known = entries.stream().filter(e -> knownAt == null || !e.recordedAt().isAfter(knownAt)).toList();
        Set<Long> voided = new HashSet<>();
        known.stream().filter(e -> e.kind() == Kind.RETRACTED).forEach(e -> voided.addAll(e.versions()));
        List<SubjectEntry> valid = known.stream().filter(e -> e.kind() != Kind.RETRACTED && !voided.contains(e.version()))
                .sorted(Comparator.comparing(SubjectEntry::on).thenComparing(SubjectEntry::version)).toList();

        String subjectId = null;
        LocalDate foundOn = null;
        String commune = null;
        String village = null;
        String category = null;
        boolean onList = false;
        String sex = null;
        Integer birthYear = null;
        Map<String, String> treatments = new HashMap<>();
        Set<String> flags = new TreeSet<>();
        LocalDate latestTest = null;
        LocalDate managedUntil = null;
        for (SubjectEntry e : valid) {
            if (e.kind() == Kind.CORRECTED || e.kind() == Kind.REGISTERED) { // identity details hold for every day
                sex = e.sex();
                birthYear = e.birthYear();
            }
            if (e.on().isAfter(asOf)) {
                continue;
            }
            switch (e.kind()) {
                case REGISTERED -> {
                    subjectId = e.subjectId();
                    foundOn = e.on();
                    onList = true;
                    commune = e.communeCode();
                    village = e.villageCode();
                    category = e.category();
                }
                case MOVED -> {
                    commune = e.communeCode();
                    village = e.villageCode();
                }
                case CATEGORY_CHANGED -> category = e.category();
                case LEFT_LIST -> onList = false;
                case TREATMENT_STARTED -> treatments.put(e.reference(), e.detail());
                case TREATMENT_ENDED -> treatments.remove(e.reference());
                case FLAG_RAISED -> flags.add(e.reference());
                case FLAG_CLEARED -> flags.remove(e.reference());
                case MANAGEMENT_STARTED -> managedUntil = e.detail() == null ? null : LocalDate.parse(e.detail());
                case TESTED -> latestTest = e.on();
                case CORRECTED, RETRACTED -> {
                    // above
                }
            }
        }
        if (subjectId == null || !onList) {
            return Optional.empty();
        }
        return Optional.of(new SubjectStatus(subjectId, commune, village, category, sex, birthYear, new TreeSet<>(treatments.values()),
                flags, foundOn, latestTest, managedUntil != null && !managedUntil.isBefore(asOf)));
    }
}
