package vn.pcmt.reporting.domain.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The fight in an area during a period, as known at a moment: hotspots identified, eliminated and re-emerged in it,
 * those active on its last day, and those that existed in it (active the day before it began, or changed in it); criminal
 * cases opened by article (administrative violations as {@code ADMINISTRATIVE}), of them Art. 256a; arrests (where the
 * person lives); plants and square metres of cultivation destroyed. Every count is the size (the plants and area the
 * sum) of a list of facts, {@link #listed}: the list behind it.
 */
public record CaseFlows(long hotspotsIdentified, long hotspotsEliminated, long hotspotsReEmerged, long hotspotsActiveAtEnd,
                        long hotspotsExisted, Map<String, Long> casesByArticle, long article256aCases, long arrests, long plantsDestroyed,
                        BigDecimal cultivationAreaM2) {

    private static final Pattern ARTICLE = Pattern.compile("cases\\.byArticle\\.[0-9A-Za-z_]{1,20}");
    private static final List<String> FIGURES = List.of("hotspots.identified", "hotspots.eliminated", "hotspots.reEmerged", "hotspots.active",
            "hotspots.existed", "cases.article256a", "arrests", "cultivation.plants", "cultivation.areaM2");

    /** Of the hotspots that existed in the period, how many were not active on its last day. */
    public long hotspotsInactiveAtEnd() {
        return hotspotsExisted - hotspotsActiveAtEnd;
    }

    public static CaseFlows of(Collection<CaseEntry> entries, ReportingPeriod period, LocalDate end, Instant knownAt,
                               Predicate<CaseEntry> inArea) {
        Map<String, List<CaseEntry>> listed = listed(entries, period, end, knownAt, inArea);
        Map<String, Long> byArticle = new TreeMap<>();
        listed.forEach((figure, facts) -> {
            if (figure.startsWith("cases.byArticle.")) {
                byArticle.put(figure.substring("cases.byArticle.".length()), (long) facts.size());
            }
        });
        List<CaseEntry> cultivation = listed.get("cultivation.plants");
        return new CaseFlows(count(listed, "hotspots.identified"), count(listed, "hotspots.eliminated"), count(listed, "hotspots.reEmerged"),
                count(listed, "hotspots.active"), count(listed, "hotspots.existed"), byArticle, count(listed, "cases.article256a"),
                count(listed, "arrests"), cultivation.stream().mapToLong(CaseEntry::plants).sum(),
                cultivation.stream().map(e -> e.areaM2() == null ? BigDecimal.ZERO : e.areaM2()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * The facts behind each figure, named as the periodic report's rows name them: the period's hotspots identified,
     * eliminated and re-emerged, cases opened by article ({@code cases.byArticle.249}, …, and {@code cases.article256a}),
     * arrests and cultivation destroyed ({@code cultivation.plants} and {@code cultivation.areaM2}: the same incidents) as
     * the facts of those days; {@code hotspots.active} and {@code hotspots.existed} as each such hotspot's latest fact by
     * the last day. {@code inArea}: the facts counted in the area (by their commune, or by their village).
     */
    public static Map<String, List<CaseEntry>> listed(Collection<CaseEntry> entries, ReportingPeriod period, LocalDate end, Instant knownAt,
                                                      Predicate<CaseEntry> inArea) {
        Map<String, List<CaseEntry>> listed = new LinkedHashMap<>();
        FIGURES.forEach(figure -> listed.put(figure, new ArrayList<>()));
        Map<String, CaseEntry> hotspotLatest = new LinkedHashMap<>();
        Map<String, CaseEntry> latestBefore = new LinkedHashMap<>();
        Map<String, CaseEntry> changedIn = new LinkedHashMap<>();
        var known = entries.stream().filter(e -> knownAt == null || !e.recordedAt().isAfter(knownAt)).filter(inArea)
                .sorted(Comparator.comparing(CaseEntry::on)).toList();
        for (CaseEntry e : known) {
            boolean hotspot = e.kind() == CaseEntry.Kind.HOTSPOT_IDENTIFIED || e.kind() == CaseEntry.Kind.HOTSPOT_STAGE;
            if (hotspot && !e.on().isAfter(end)) {
                hotspotLatest.put(e.reference(), e);
                (e.on().isBefore(period.from()) ? latestBefore : changedIn).put(e.reference(), e);
            }
            if (e.on().isBefore(period.from()) || e.on().isAfter(end)) {
                continue;
            }
            switch (e.kind()) {
                case HOTSPOT_IDENTIFIED -> listed.get("hotspots.identified").add(e);
                case HOTSPOT_STAGE -> {
                    if ("ELIMINATED".equals(e.detail())) {
                        listed.get("hotspots.eliminated").add(e);
                    } else if ("RE_EMERGED".equals(e.detail())) {
                        listed.get("hotspots.reEmerged").add(e);
                    }
                }
                case CASE_OPENED -> {
                    listed.computeIfAbsent("cases.byArticle." + e.detail(), figure -> new ArrayList<>()).add(e);
                    if ("256a".equals(e.detail())) {
                        listed.get("cases.article256a").add(e);
                    }
                }
                case ARREST -> listed.get("arrests").add(e);
                case CULTIVATION_DESTROYED -> {
                    listed.get("cultivation.plants").add(e);
                    listed.get("cultivation.areaM2").add(e);
                }
            }
        }
        hotspotLatest.values().stream().filter(CaseEntry::active).forEach(listed.get("hotspots.active")::add);
        hotspotLatest.forEach((hotspotId, latest) -> {
            if (changedIn.containsKey(hotspotId) || latestBefore.get(hotspotId).active()) {
                listed.get("hotspots.existed").add(latest);
            }
        });
        return listed;
    }

    /** The facts behind {@code figure} (as {@link #listed} names it); empty when there is no such figure. */
    public static Optional<List<CaseEntry>> facts(String figure, Map<String, List<CaseEntry>> listed) {
        if (listed.containsKey(figure)) {
            return Optional.of(listed.get(figure));
        }
        return ARTICLE.matcher(figure).matches() ? Optional.of(List.of()) : Optional.empty();
    }

    private static long count(Map<String, List<CaseEntry>> listed, String figure) {
        return listed.get(figure).size();
    }
}
