package vn.pcmt.cases.api.v1;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code cases.CultivationIncidentRecorded}: drug plants ({@code OPIUM_POPPY}, {@code CANNABIS}, {@code COCA},
 * {@code OTHER}) found and destroyed in a village: {@code plants} counted and {@code areaM2}. Key: the incident id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CultivationIncidentRecorded(
        String incidentId,
        String plantKind,
        String communeCode,
        String villageCode,
        int plants,
        BigDecimal areaM2,
        LocalDate destroyedOn) {

    public static final String TYPE = "cases.CultivationIncidentRecorded";
    public static final int VERSION = 1;
}
