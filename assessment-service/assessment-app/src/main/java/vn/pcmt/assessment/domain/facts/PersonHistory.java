package vn.pcmt.assessment.domain.facts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.pcmt.assessment.domain.criteria.PersonFact;
import vn.pcmt.assessment.domain.criteria.PersonFact.Category;
import vn.pcmt.assessment.domain.criteria.PersonFact.Treatment;
import vn.pcmt.assessment.domain.facts.TimelineEntry.Kind;

/**
 * A registry subject's entries, folded to how the person stood on a date: entries take effect on their day; entries an
 * officer retracted are void whatever the date asked (a correction always applies, as in the registry). A treatment is
 * over on its end day; with several at once the most restrictive counts (compulsory above all); a person in compulsory
 * rehab or at a rehab facility is not in the community. A management period watches the person up to its end date.
 */
public record PersonHistory(String subjectId, List<TimelineEntry> entries) {

    private static final String PSYCHOSIS_SIGNS = "PSYCHOSIS_SIGNS";

    public PersonHistory {
        entries = List.copyOf(entries);
    }

    /** The person as a fact of {@code areaCode} (a commune or a village) on {@code date}; empty if not living there then. */
    public Optional<PersonFact> asOf(LocalDate date, String areaCode) {
        return asOf(date, Set.of(areaCode));
    }

    /**
     * The person as a fact of an area on {@code date}, the area being known by {@code areaCodes} (its own, its villages',
     * its predecessors'); empty if not living there then.
     */
    public Optional<PersonFact> asOf(LocalDate date, Set<String> areaCodes) {
        Set<Long> voided = new HashSet<>();
        entries.stream().filter(e -> e.kind() == Kind.RETRACTED).forEach(e -> voided.addAll(e.versions()));
        List<TimelineEntry> valid = entries.stream()
                .filter(e -> e.kind() != Kind.RETRACTED && !voided.contains(e.version()) && !e.on().isAfter(date))
                .sorted(Comparator.comparing(TimelineEntry::on).thenComparing(TimelineEntry::version))
                .toList();

        boolean registered = false;
        boolean onList = false;
        String category = null;
        String commune = null;
        String village = null;
        Map<String, String> openTreatments = new HashMap<>();
        boolean psychosis = false;
        LocalDate managedUntil = null;
        LocalDate latestTestOn = null;
        boolean latestNegative = false;
        boolean supported = false;
        for (TimelineEntry e : valid) {
            switch (e.kind()) {
                case REGISTERED -> {
                    registered = true;
                    onList = true;
                    category = e.category();
                    commune = e.communeCode();
                    village = e.villageCode();
                }
                case CATEGORY_CHANGED -> category = e.category();
                case MOVED -> {
                    commune = e.communeCode();
                    village = e.villageCode();
                }
                case LEFT_LIST -> onList = false;
                case TREATMENT_STARTED -> openTreatments.put(e.reference(), e.detail());
                case TREATMENT_ENDED -> openTreatments.remove(e.reference());
                case FLAG_RAISED -> psychosis |= PSYCHOSIS_SIGNS.equals(e.detail());
                case FLAG_CLEARED -> psychosis &= !PSYCHOSIS_SIGNS.equals(e.detail());
                case MANAGEMENT_STARTED -> managedUntil = e.detail() == null ? null : LocalDate.parse(e.detail());
                case TESTED -> {
                    latestTestOn = e.on();
                    latestNegative = e.negative();
                }
                case SUPPORTED -> supported = true;
                case RETRACTED -> {
                    // filtered out above
                }
            }
        }
        Category listed = category(category);
        if (!registered || !onList || listed == null || !CaseFact.among(areaCodes, commune, village)) {
            return Optional.empty();
        }
        Treatment treatment = openTreatments.values().stream().map(PersonHistory::treatment)
                .max(Comparator.naturalOrder()).orElse(Treatment.NONE);
        boolean inCommunity = treatment != Treatment.COMPULSORY && treatment != Treatment.VOLUNTARY_FACILITY;
        boolean watched = managedUntil != null && !managedUntil.isBefore(date);
        return Optional.of(new PersonFact(subjectId, listed, inCommunity, treatment, psychosis, watched, latestTestOn, latestNegative,
                supported));
    }

    /** The registry's categories the criteria speak of; a released offender is none of them. */
    private static Category category(String category) {
        if (category == null) {
            return null;
        }
        return switch (category) {
            case "SUSPECTED" -> Category.SUSPECTED;
            case "ILLEGAL_USER" -> Category.ILLEGAL_USER;
            case "ADDICT" -> Category.ADDICT;
            case "POST_REHAB" -> Category.POST_REHAB;
            default -> null;
        };
    }

    private static Treatment treatment(String kind) {
        try {
            return Treatment.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Treatment.NONE;
        }
    }
}
