package vn.pcmt.reporting.domain.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One fact of the fight against drugs as case-service published it: a hotspot identified or changing stage (its
 * {@code reference} is the hotspot, {@code detail} the stage, {@code active} whether it exists on the ground after), a
 * case opened ({@code detail}: the article, or {@code ADMINISTRATIVE}), an arrest (its {@code reference} is the case), a
 * cultivation incident destroyed
 * ({@code plants}, {@code areaM2}); the day it took effect, when it was recorded, the commune it counts in and its
 * village when the event names one (an arrest counts where the person lives; a hotspot's stage in the hotspot's village).
 */
public record CaseEntry(Kind kind, String reference, LocalDate on, Instant recordedAt, String communeCode, String villageCode, String detail,
                        boolean active, long plants, BigDecimal areaM2) {

    /** The same fact in {@code village} (a hotspot's stage change does not name it: the hotspot's identification does). */
    public CaseEntry inVillage(String village) {
        return new CaseEntry(kind, reference, on, recordedAt, communeCode, village, detail, active, plants, areaM2);
    }

    public enum Kind { HOTSPOT_IDENTIFIED, HOTSPOT_STAGE, CASE_OPENED, ARREST, CULTIVATION_DESTROYED }
}
