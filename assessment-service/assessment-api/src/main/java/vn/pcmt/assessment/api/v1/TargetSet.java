package vn.pcmt.assessment.api.v1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code assessment.TargetSet}: a plan's target for {@code code} in programme {@code year}: at least
 * {@code drugFreeChildrenPercent}% of its villages (of a commune) or communes (of a province) recognised drug-free, e.g.
 * Diễn Châu 2026: 40% of its 42 villages. A later target for the year supersedes the earlier. Key: the area code.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TargetSet(String code, int year, int drugFreeChildrenPercent) {

    public static final String TYPE = "assessment.TargetSet";
    public static final int VERSION = 1;
}
