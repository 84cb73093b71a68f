package vn.pcmt.assessment.domain.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.pcmt.assessment.domain.criteria.CaseCounts;
import vn.pcmt.assessment.domain.facts.CaseFact.Kind;

/**
 * Folds case-service's facts to an area's counts on {@code asOf}, for the programme year's period: states (hotspots,
 * gangs, hiding places) as they stood on the day; happenings (arrests, offenders, cultivation, incidents) counted when
 * dated within the period and not after {@code asOf}. An offender is dealt with once their case moved past receiving
 * the source; a resident offender in a criminal case is at large until arrested in it — both judged on the day,
 * whenever the case began. An offender lives where the case recorded them, or where the registry has them once
 * linked to a subject; an incident caused by a registry subject counts where that subject lives on the day.
 */
public final class CaseFacts {

    /** Art. 248: production. */
    private static final String PRODUCTION_ARTICLE = "248";

    private CaseFacts() {
    }

    public static CaseCounts fold(List<CaseFact> facts, String areaCode, ProgrammeYear year, LocalDate asOf,
                                  Set<String> residentSubjects) {
        return fold(facts, Set.of(areaCode), year, asOf, residentSubjects);
    }

    /** {@code areaCodes}: the codes facts of the area carry (its own, its villages', its predecessors'). */
    public static CaseCounts fold(List<CaseFact> facts, Set<String> areaCodes, ProgrammeYear year, LocalDate asOf,
                                  Set<String> residentSubjects) {
        LocalDate periodStart = year.firstDay();
        LocalDate periodEnd = asOf.isAfter(year.lastDay()) ? year.lastDay() : asOf;
        Map<String, List<CaseFact>> byAggregate = facts.stream()
                .filter(f -> !f.on().isAfter(asOf))
                .sorted(Comparator.comparing(CaseFact::on).thenComparing(CaseFact::version).thenComparing(CaseFact::kind))
                .collect(Collectors.groupingBy(CaseFact::aggregateId, LinkedHashMap::new, Collectors.toList()));
        int points = 0;
        int hotspots = 0;
        int gangs = 0;
        int sites = 0;
        int arrested = 0;
        int offenders = 0;
        int atLarge = 0;
        int unhandled = 0;
        int wanted = 0;
        long plants = 0;
        BigDecimal m2 = BigDecimal.ZERO;
        int incidents = 0;
        for (List<CaseFact> aggregate : byAggregate.values()) {
            CaseFact first = aggregate.getFirst();
            switch (first.kind()) {
                case HOTSPOT_IDENTIFIED -> {
                    boolean active = aggregate.getLast().kind() == Kind.HOTSPOT_STAGE ? aggregate.getLast().flag() : true;
                    if (first.isIn(areaCodes) && active) {
                        hotspots++;
                        points += first.flag() ? 1 : 0;
                    }
                }
                case GANG_IDENTIFIED -> {
                    boolean dismantled = aggregate.stream().anyMatch(f -> f.kind() == Kind.GANG_DISMANTLED);
                    if (first.isIn(areaCodes) && !dismantled) {
                        gangs++;
                        sites += "PRODUCTION".equals(first.detail()) || "CULTIVATION".equals(first.detail()) ? 1 : 0;
                    }
                }
                case CULTIVATION -> {
                    if (first.isIn(areaCodes) && inPeriod(first, periodStart, periodEnd)) {
                        sites++;
                        plants += first.plants();
                        m2 = m2.add(first.areaM2());
                    }
                }
                case WANTED -> {
                    CaseFact place = aggregate.stream().filter(f -> f.kind() != Kind.CAPTURED).reduce((a, b) -> b).orElseThrow();
                    boolean captured = aggregate.stream().anyMatch(f -> f.kind() == Kind.CAPTURED);
                    wanted += !captured && place.isIn(areaCodes) ? 1 : 0;
                }
                case SERIOUS_INCIDENT -> {
                    boolean resident = first.personId() != null ? residentSubjects.contains(first.personId()) : first.residentOf(areaCodes);
                    incidents += first.flag() && resident && inPeriod(first, periodStart, periodEnd) ? 1 : 0;
                }
                case CASE_OPENED -> {
                    CaseCounts one = foldCase(aggregate, areaCodes, periodStart, periodEnd);
                    sites += one.cultivationOrProductionSites();
                    arrested += one.arrestedResidents();
                    offenders += one.residentOffenders();
                    atLarge += one.residentOffendersAtLarge();
                    unhandled += one.unhandledViolators();
                }
                default -> {
                    // a stage, hiding place, capture or arrest without its opening fact: nothing to place it by
                }
            }
        }
        return new CaseCounts(points, hotspots, gangs, sites, arrested, offenders, atLarge, unhandled, wanted, plants, m2, incidents);
    }

    private static CaseCounts foldCase(List<CaseFact> facts, Set<String> areaCodes, LocalDate periodStart, LocalDate periodEnd) {
        CaseFact opened = facts.getFirst();
        boolean criminal = opened.detail() != null && opened.detail().startsWith("CRIMINAL");
        boolean dealtWith = facts.stream().anyMatch(f -> f.kind() == Kind.CASE_STAGE);
        Set<String> arrestedPersons = new HashSet<>();
        Map<String, CaseFact> livesWhere = new LinkedHashMap<>();
        int arrested = 0;
        for (CaseFact f : facts) {
            switch (f.kind()) {
                case ARREST -> {
                    arrestedPersons.add(f.personId());
                    arrested += f.residentOf(areaCodes) && inPeriod(f, periodStart, periodEnd) ? 1 : 0;
                }
                case OFFENDER -> livesWhere.put(f.personId(), f);
                case OFFENDER_LINKED -> livesWhere.computeIfPresent(f.personId(), (id, offender) ->
                        offender.person(id, f.residenceCommuneCode(), f.residenceVillageCode()));
                default -> {
                    // the opening and the stages place no person
                }
            }
        }
        int offenders = 0;
        int atLarge = 0;
        int unhandled = 0;
        for (CaseFact offender : livesWhere.values()) {
            if (offender.residentOf(areaCodes)) {
                offenders += inPeriod(offender, periodStart, periodEnd) ? 1 : 0;
                atLarge += criminal && !arrestedPersons.contains(offender.personId()) ? 1 : 0;
                unhandled += dealtWith ? 0 : 1;
            }
        }
        int production = criminal && opened.detail().endsWith(":" + PRODUCTION_ARTICLE) && opened.isIn(areaCodes)
                && inPeriod(opened, periodStart, periodEnd) ? 1 : 0;
        return new CaseCounts(0, 0, 0, production, arrested, offenders, atLarge, unhandled, 0, 0, BigDecimal.ZERO, 0);
    }

    private static boolean inPeriod(CaseFact fact, LocalDate periodStart, LocalDate periodEnd) {
        return !fact.on().isBefore(periodStart) && !fact.on().isAfter(periodEnd);
    }
}
