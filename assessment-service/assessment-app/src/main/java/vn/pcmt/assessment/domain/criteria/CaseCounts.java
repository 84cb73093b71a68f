package vn.pcmt.assessment.domain.criteria;

import java.math.BigDecimal;

/**
 * What case-service's facts say of an area on a date, over the programme period up to it: points and hotspots, gangs,
 * cultivation or production, arrests of residents, residents who broke the drug law (and those not yet arrested or not
 * yet dealt with), wanted persons hiding there, plants and m² destroyed, serious incidents by residents.
 */
public record CaseCounts(
        int drugUsePoints,
        int activeHotspots,
        int activeGangs,
        int cultivationOrProductionSites,
        int arrestedResidents,
        int residentOffenders,
        int residentOffendersAtLarge,
        int unhandledViolators,
        int wantedHiding,
        long plantsDestroyed,
        BigDecimal areaM2Destroyed,
        int seriousIncidentsByResidents) {

    public static final CaseCounts NONE = new CaseCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0);

    /** The counts of two areas that share nothing (two communes of a province). */
    public CaseCounts plus(CaseCounts other) {
        return new CaseCounts(drugUsePoints + other.drugUsePoints, activeHotspots + other.activeHotspots, activeGangs + other.activeGangs,
                cultivationOrProductionSites + other.cultivationOrProductionSites, arrestedResidents + other.arrestedResidents,
                residentOffenders + other.residentOffenders, residentOffendersAtLarge + other.residentOffendersAtLarge,
                unhandledViolators + other.unhandledViolators, wantedHiding + other.wantedHiding, plantsDestroyed + other.plantsDestroyed,
                areaM2Destroyed.add(other.areaM2Destroyed), seriousIncidentsByResidents + other.seriousIncidentsByResidents);
    }
}
