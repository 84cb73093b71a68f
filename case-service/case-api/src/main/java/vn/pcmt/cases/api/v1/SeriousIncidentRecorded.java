package vn.pcmt.cases.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code cases.SeriousIncidentRecorded}: an incident of {@code severity} (LESS_SERIOUS, SERIOUS, VERY_SERIOUS,
 * ESPECIALLY_SERIOUS) caused by an ADDICT, ILLEGAL_USER or a person with PSYCHOSIS_SIGNS living in
 * {@code residenceCommuneCode} (the envelope's {@code areaCode}); {@code breaksCriterion8} for very or especially
 * serious ones. No description.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SeriousIncidentRecorded(
        String incidentId,
        String communeCode,
        String villageCode,
        LocalDate occurredOn,
        String causedBy,
        String subjectId,
        String residenceCommuneCode,
        String severity,
        boolean breaksCriterion8,
        int deaths,
        int injured) {

    public static final String TYPE = "cases.SeriousIncidentRecorded";
    public static final int VERSION = 1;
}
