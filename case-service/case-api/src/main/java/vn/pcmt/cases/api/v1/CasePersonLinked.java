package vn.pcmt.cases.api.v1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code cases.CasePersonLinked}: the case's person {@code personId} is the registry's {@code subjectId}, living where the registry says. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CasePersonLinked(
        String caseId,
        String personId,
        String subjectId,
        String residenceCommuneCode,
        String residenceVillageCode) {

    public static final String TYPE = "cases.CasePersonLinked";
    public static final int VERSION = 1;
}
