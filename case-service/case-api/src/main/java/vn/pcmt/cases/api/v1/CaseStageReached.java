package vn.pcmt.cases.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code cases.CaseStageReached}: the case moved from {@code from} to {@code stage} (SOURCE_RECEIVED, PROSECUTED,
 * INVESTIGATED, INDICTED, TRIED, SANCTIONED, CLOSED) on {@code on}; {@code mobileTrial} for a mobile trial;
 * {@code closureReason} with CLOSED (NOT_PROSECUTED, SUSPENDED, JUDGED, TRANSFERRED, NOT_SANCTIONED, SANCTION_EXECUTED).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseStageReached(
        String caseId,
        String communeCode,
        String from,
        String stage,
        LocalDate on,
        boolean mobileTrial,
        String closureReason) {

    public static final String TYPE = "cases.CaseStageReached";
    public static final int VERSION = 1;
}
