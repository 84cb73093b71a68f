package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.SupportRecorded}: reintegration support given; {@code kind}: {@code JOB}, {@code LOAN}, {@code VOCATIONAL_TRAINING}, {@code OTHER}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupportRecorded(
        String subjectId,
        String kind,
        LocalDate providedOn) {

    public static final String TYPE = "registry.SupportRecorded";
    public static final int VERSION = 1;
}
