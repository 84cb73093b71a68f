package vn.pcmt.reporting.domain.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An area's standing in a programme year as assessment publishes it, as known at a moment: its villages (of a commune)
 * or communes (of a province) recognised drug-free that year, against the plan's target ({@link DrugFree}); the
 * key-area types (QĐ 28 Art. 4) approved that year for its communes; and its households, those that signed the
 * commitment, its prevention models and those effective ({@link Facts}: the area's own facts of the year, else its
 * children's added up).
 */
public record AreaStanding(int year, DrugFree drugFree, Map<String, Long> keyAreaTypes, Facts facts) {

    /** A recognition decision (or refusal) for an area and year. */
    public record Recognition(String areaCode, int year, boolean recognized, LocalDate decidedOn, Instant recordedAt) {
    }

    /** An approved key-area type of a commune for a year. */
    public record Classification(String communeCode, int year, String type, LocalDate approvedOn, Instant recordedAt) {
    }

    /** Manual facts of an area for a year; a later record supersedes an earlier one. */
    public record RecordedFacts(String areaCode, int year, Facts facts, Instant recordedAt) {
    }

    /** A plan's drug-free target for an area's children in a year; a later one supersedes. */
    public record Target(String areaCode, int year, int percent, Instant recordedAt) {
    }

    /** Households, of them committed; prevention models, of them effective. */
    public record Facts(long households, long householdsCommitted, long preventionModels, long effectivePreventionModels) {

        Facts plus(Facts other) {
            return new Facts(households + other.households, householdsCommitted + other.householdsCommitted,
                    preventionModels + other.preventionModels, effectivePreventionModels + other.effectivePreventionModels);
        }
    }

    /** Everything assessment published that a standing is read from. */
    public record Records(List<Recognition> recognitions, List<Classification> classifications, List<RecordedFacts> facts,
                          List<Target> targets) {

        /** Only what had been recorded by {@code knownAt} (everything when null). */
        public Records knownAt(Instant knownAt) {
            if (knownAt == null) {
                return this;
            }
            return new Records(recognitions.stream().filter(r -> !r.recordedAt().isAfter(knownAt)).toList(),
                    classifications.stream().filter(c -> !c.recordedAt().isAfter(knownAt)).toList(),
                    facts.stream().filter(f -> !f.recordedAt().isAfter(knownAt)).toList(),
                    targets.stream().filter(t -> !t.recordedAt().isAfter(knownAt)).toList());
        }
    }

    /**
     * Of the area's {@code children}, those recognised drug-free in the year — {@code kept} from the year before or
     * {@code fresh} — and those that {@code lost} it; the share, the target and whether it is met (exactly: recognised ×
     * 100 ≥ target × children; {@code null} without a target). An area is recognised for a year when a decision of that
     * year recognised it, by any criteria set, as assessment counts it.
     */
    public record DrugFree(int children, List<String> recognized, List<String> kept, List<String> fresh, List<String> lost,
                           BigDecimal percent, Integer targetPercent, Boolean met) {

        static DrugFree of(List<String> children, Set<String> thisYear, Set<String> lastYear, Integer targetPercent) {
            List<String> recognized = children.stream().filter(thisYear::contains).toList();
            List<String> kept = recognized.stream().filter(lastYear::contains).toList();
            List<String> fresh = recognized.stream().filter(code -> !lastYear.contains(code)).toList();
            List<String> lost = children.stream().filter(code -> lastYear.contains(code) && !thisYear.contains(code)).toList();
            BigDecimal percent = children.isEmpty() ? null
                    : BigDecimal.valueOf(recognized.size() * 100L).divide(BigDecimal.valueOf(children.size()), 1, RoundingMode.HALF_UP);
            Boolean met = targetPercent == null || children.isEmpty() ? null
                    : recognized.size() * 100L >= (long) targetPercent * children.size();
            return new DrugFree(children.size(), recognized, kept, fresh, lost, percent, targetPercent, met);
        }
    }

    /**
     * The standing of {@code areaCode} in {@code year}: {@code childrenOf} gives an area's children as the directory
     * has them (its open children count towards the target), {@code communes} the communes whose key-area types are
     * counted (a province's, or the commune itself).
     */
    public static AreaStanding of(String areaCode, int year, Function<String, List<String>> childrenOf, Collection<String> communes,
                                  Records records) {
        List<String> children = childrenOf.apply(areaCode);
        Integer target = records.targets().stream().filter(t -> t.areaCode().equals(areaCode) && t.year() == year)
                .max(Comparator.comparing(Target::recordedAt)).map(Target::percent).orElse(null);
        DrugFree drugFree = DrugFree.of(children, recognizedIn(records, year), recognizedIn(records, year - 1), target);
        Map<String, Long> types = latestTypes(year, communes, records).values().stream()
                .collect(Collectors.groupingBy(Classification::type, TreeMap::new, Collectors.counting()));
        return new AreaStanding(year, drugFree, types, factsOf(areaCode, ownFacts(year, records), childrenOf, new ArrayList<>()).orElse(null));
    }

    /** One area behind a standing's figure: its code, and the number it adds (1 for a commune of a key-area type). */
    public record Counted(String areaCode, long value) {
    }

    /**
     * The areas behind each of the standing's counts other than the drug-free ones (which list their areas): for
     * {@code keyAreaTypes.<type>} the communes of that type, for {@code households}, {@code householdsCommitted},
     * {@code preventionModels} and {@code preventionModels.effective} the areas whose own facts are added up, each with
     * its number (the figure is their sum), as {@link #of} reads them.
     */
    public static Map<String, List<Counted>> listed(String areaCode, int year, Function<String, List<String>> childrenOf,
                                                    Collection<String> communes, Records records) {
        Map<String, List<Counted>> listed = new TreeMap<>();
        latestTypes(year, communes, records).values().stream().sorted(Comparator.comparing(Classification::communeCode))
                .forEach(c -> listed.computeIfAbsent("keyAreaTypes." + c.type(), type -> new ArrayList<>()).add(new Counted(c.communeCode(), 1)));
        Map<String, Facts> own = ownFacts(year, records);
        List<String> counted = new ArrayList<>();
        factsOf(areaCode, own, childrenOf, counted);
        listed.put("households", counted.stream().map(code -> new Counted(code, own.get(code).households())).toList());
        listed.put("householdsCommitted", counted.stream().map(code -> new Counted(code, own.get(code).householdsCommitted())).toList());
        listed.put("preventionModels", counted.stream().map(code -> new Counted(code, own.get(code).preventionModels())).toList());
        listed.put("preventionModels.effective", counted.stream().map(code -> new Counted(code, own.get(code).effectivePreventionModels()))
                .toList());
        return listed;
    }

    private static Map<String, Classification> latestTypes(int year, Collection<String> communes, Records records) {
        Map<String, Classification> latestType = new HashMap<>();
        records.classifications().stream().filter(c -> c.year() == year && communes.contains(c.communeCode()))
                .sorted(Comparator.comparing(Classification::approvedOn).thenComparing(Classification::recordedAt))
                .forEach(c -> latestType.put(c.communeCode(), c));
        return latestType;
    }

    private static Map<String, Facts> ownFacts(int year, Records records) {
        Map<String, Facts> own = new HashMap<>();
        records.facts().stream().filter(f -> f.year() == year).sorted(Comparator.comparing(RecordedFacts::recordedAt))
                .forEach(f -> own.put(f.areaCode(), f.facts()));
        return own;
    }

    private static Set<String> recognizedIn(Records records, int year) {
        return records.recognitions().stream().filter(r -> r.year() == year && r.recognized()).map(Recognition::areaCode)
                .collect(Collectors.toSet());
    }

    /**
     * An area's own facts, else its children's added up (each child likewise); none when nobody recorded any. Adds the
     * areas whose own facts are added up to {@code counted}.
     */
    private static Optional<Facts> factsOf(String areaCode, Map<String, Facts> own, Function<String, List<String>> childrenOf,
                                           List<String> counted) {
        if (own.containsKey(areaCode)) {
            counted.add(areaCode);
            return Optional.of(own.get(areaCode));
        }
        return childrenOf.apply(areaCode).stream().map(child -> factsOf(child, own, childrenOf, counted)).flatMap(Optional::stream)
                .reduce(Facts::plus);
    }
}
