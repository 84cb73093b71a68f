package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.ManagementPeriodStarted}: management at residence ({@code ILLEGAL_USER} or {@code POST_REHAB}) from {@code startsOn} to {@code endsOn} inclusive under {@code law}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManagementPeriodStarted(
        String subjectId,
        String kind,
        LocalDate startsOn,
        LocalDate endsOn,
        String law) {

    public static final String TYPE = "registry.ManagementPeriodStarted";
    public static final int VERSION = 1;
}
