package vn.pcmt.assessment.api.v1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code assessment.AreaFactsRecorded}: the manual facts of {@code code} for programme {@code year} (a later record of
 * the year supersedes the earlier): population, households and those that signed the commitment (cam kết hộ gia đình),
 * whether it lies on a key route, and its prevention models (mô hình phòng, chống ma túy), those judged effective among
 * them. The evidence and the models' names stay in assessment. Key: the area code.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AreaFactsRecorded(
        String code,
        int year,
        long population,
        long households,
        long householdsCommitted,
        boolean onRoute,
        int preventionModels,
        int effectivePreventionModels) {

    public static final String TYPE = "assessment.AreaFactsRecorded";
    public static final int VERSION = 1;
}
