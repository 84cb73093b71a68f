package vn.pcmt.reporting.domain.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The fight in an area during a period, as known at a moment: hotspots identified, eliminated and re-emerged in it,
 * those active on its last day, and those that existed in it (active the day before it began, or changed in it); criminal cases opened by article (administrative violations as
 * {@code ADMINISTRATIVE}), of them Art. 256a; arrests (where the person lives); plants and square metres of cultivation
 * destroyed.
 */
public record CaseFlows(long hotspotsIdentified, long hotspotsEliminated, long hotspotsReEmerged, long hotspotsActiveAtEnd,
                        long hotspotsExisted, Map<String, Long> casesByArticle, long article256aCases, long arrests, long plantsDestroyed,
                        BigDecimal cultivationAreaM2) {

    /** Of the hotspots that existed in the period, how many were not active on its last day. */
    public long hotspotsInactiveAtEnd() {
        return hotspotsExisted - hotspotsActiveAtEnd;
    }

    public static CaseFlows of(Collection<CaseEntry> entries, ReportingPeriod period, LocalDate end, Instant knownAt,
                               Predicate<String> inArea) {
        long identified = 0;
        long eliminated = 0;
        long reEmerged = 0;
        Map<String, Long> byArticle = new TreeMap<>();
        long arrests = 0;
        long plants = 0;
        BigDecimal area = BigDecimal.ZERO;
        Map<String, Boolean> hotspotActive = new HashMap<>();
        Map<String, Boolean> activeBefore = new HashMap<>();
        java.util.Set<String> existed = new java.util.HashSet<>();
        var known = entries.stream().filter(e -> knownAt == null || !e.recordedAt().isAfter(knownAt)).filter(e -> inArea.test(e.communeCode()))
                .sorted(Comparator.comparing(CaseEntry::on)).toList();
        for (CaseEntry e : known) {
            boolean hotspot = e.kind() == CaseEntry.Kind.HOTSPOT_IDENTIFIED || e.kind() == CaseEntry.Kind.HOTSPOT_STAGE;
            if (hotspot && !e.on().isAfter(end)) {
                hotspotActive.put(e.reference(), e.active());
                if (e.on().isBefore(period.from())) {
                    activeBefore.put(e.reference(), e.active());
                } else {
                    existed.add(e.reference());
                }
            }
            if (e.on().isBefore(period.from()) || e.on().isAfter(end)) {
                continue;
            }
            switch (e.kind()) {
                case HOTSPOT_IDENTIFIED -> identified++;
                case HOTSPOT_STAGE -> {
                    eliminated += "ELIMINATED".equals(e.detail()) ? 1 : 0;
                    reEmerged += "RE_EMERGED".equals(e.detail()) ? 1 : 0;
                }
                case CASE_OPENED -> byArticle.merge(e.detail(), 1L, Long::sum);
                case ARREST -> arrests++;
                case CULTIVATION_DESTROYED -> {
                    plants += e.plants();
                    area = area.add(e.areaM2() == null ? BigDecimal.ZERO : e.areaM2());
                }
            }
        }
        activeBefore.forEach((hotspotId, active) -> {
            if (active) {
                existed.add(hotspotId);
            }
        });
        return new CaseFlows(identified, eliminated, reEmerged, hotspotActive.values().stream().filter(Boolean::booleanValue).count(),
                existed.size(), byArticle, byArticle.getOrDefault("256a", 0L), arrests, plants, area);
    }
}
