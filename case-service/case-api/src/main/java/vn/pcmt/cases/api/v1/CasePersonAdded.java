package vn.pcmt.cases.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code cases.CasePersonAdded}: a person identified in the case on {@code identifiedOn}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CasePersonAdded(
        String caseId,
        CaseOffender person,
        LocalDate identifiedOn) {

    public static final String TYPE = "cases.CasePersonAdded";
    public static final int VERSION = 1;
}
