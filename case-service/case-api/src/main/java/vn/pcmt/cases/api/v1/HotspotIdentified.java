package vn.pcmt.cases.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code cases.HotspotIdentified}: a hotspot of {@code kind} ({@code USE_DEN}, {@code RETAIL_POINT}, {@code COMPLEX},
 * {@code RISK}) in a village; {@code drugUsePoint}: it counts as a QĐ 28/2025 "point" while active. The evidence stays
 * in case-service. Key: the hotspot id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HotspotIdentified(
        String hotspotId,
        String kind,
        String communeCode,
        String villageCode,
        LocalDate identifiedOn,
        boolean suspected,
        boolean drugUsePoint) {

    public static final String TYPE = "cases.HotspotIdentified";
    public static final int VERSION = 1;
}
