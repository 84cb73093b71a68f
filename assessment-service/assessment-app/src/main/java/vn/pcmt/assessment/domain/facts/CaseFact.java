package vn.pcmt.assessment.domain.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One fact case-service published, in the assessment's words. {@code aggregateId}: the hotspot, case, gang, wanted
 * person or incident it belongs to; {@code communeCode}/{@code villageCode}: where it is (a hotspot, a case, a gang, a
 * cultivation site, a hiding place); {@code personId} and the residence: an offender or an arrested person;
 * {@code detail}: the case's kind (CRIMINAL, ADMINISTRATIVE), its article, a stage, a gang's activity; {@code flag}:
 * a drug-use point, a hotspot still active, an incident that breaks criterion 8; for an incident, {@code personId} is
 * the registry subject who caused it, when known; {@code position}: where it was read.
 */
public record CaseFact(
        String factId,
        Kind kind,
        String aggregateId,
        long version,
        LocalDate on,
        String communeCode,
        String villageCode,
        String personId,
        String residenceCommuneCode,
        String residenceVillageCode,
        String detail,
        boolean flag,
        long plants,
        BigDecimal areaM2,
        EventPosition position) {

    public enum Kind {
        HOTSPOT_IDENTIFIED,
        HOTSPOT_STAGE,
        CASE_OPENED,
        OFFENDER,
        /** a named offender found to be a registry subject: where the registry has them live */
        OFFENDER_LINKED,
        CASE_STAGE,
        ARREST,
        CULTIVATION,
        WANTED,
        HIDING_PLACE,
        CAPTURED,
        GANG_IDENTIFIED,
        GANG_DISMANTLED,
        SERIOUS_INCIDENT
    }

    public static CaseFact of(String factId, Kind kind, String aggregateId, long version, LocalDate on) {
        return new CaseFact(factId, kind, aggregateId, version, on, null, null, null, null, null, null, false, 0, BigDecimal.ZERO, null);
    }

    public CaseFact at(String commune, String village) {
        return new CaseFact(factId, kind, aggregateId, version, on, commune, village, personId, residenceCommuneCode,
                residenceVillageCode, detail, flag, plants, areaM2, position);
    }

    public CaseFact person(String id, String residenceCommune, String residenceVillage) {
        return new CaseFact(factId, kind, aggregateId, version, on, communeCode, villageCode, id, residenceCommune, residenceVillage,
                detail, flag, plants, areaM2, position);
    }

    public CaseFact detail(String value) {
        return new CaseFact(factId, kind, aggregateId, version, on, communeCode, villageCode, personId, residenceCommuneCode,
                residenceVillageCode, value, flag, plants, areaM2, position);
    }

    public CaseFact flag(boolean value) {
        return new CaseFact(factId, kind, aggregateId, version, on, communeCode, villageCode, personId, residenceCommuneCode,
                residenceVillageCode, detail, value, plants, areaM2, position);
    }

    public CaseFact destroyed(long count, BigDecimal m2) {
        return new CaseFact(factId, kind, aggregateId, version, on, communeCode, villageCode, personId, residenceCommuneCode,
                residenceVillageCode, detail, flag, count, m2, position);
    }

    /** Where the fact was read from (its topic, partition and offset). */
    public CaseFact readAt(EventPosition value) {
        return new CaseFact(factId, kind, aggregateId, version, on, communeCode, villageCode, personId, residenceCommuneCode,
                residenceVillageCode, detail, flag, plants, areaM2, value);
    }

    /** Where the fact is (its place) is the area: one of its codes (a commune, its villages, its predecessors). */
    boolean isIn(Set<String> areaCodes) {
        return among(areaCodes, communeCode, villageCode);
    }

    /** The person it names lives in the area (one of its codes). */
    boolean residentOf(Set<String> areaCodes) {
        return among(areaCodes, residenceCommuneCode, residenceVillageCode);
    }

    /** Whether a commune or village code (either may be absent) is one of {@code areaCodes}. */
    static boolean among(Set<String> areaCodes, String communeCode, String villageCode) {
        return communeCode != null && areaCodes.contains(communeCode) || villageCode != null && areaCodes.contains(villageCode);
    }
}
