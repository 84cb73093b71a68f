package vn.pcmt.cases.api.v1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A person in a case, without name or identity number: {@code subjectId} when the person is a registry subject,
 * {@code residenceCommuneCode} where they live (QĐ 28 counts offenders and arrests there).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseOffender(
        String personId,
        String subjectId,
        String residenceCommuneCode,
        String residenceVillageCode) {
}
