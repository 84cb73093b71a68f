package vn.pcmt.assessment.domain.criteria;

import java.util.List;

/**
 * What a criteria set concluded for an area's facts: the {@code outcome} (the set's own words, e.g. {@code DRUG_FREE},
 * {@code TYPE_II}, {@code KEY_AREA}) and every criterion it weighed, passed or not.
 */
public record AppraisalResult(CriteriaSetId criteriaSet, String areaCode, String outcome, List<CriterionResult> criteria) {

    public AppraisalResult {
        criteria = List.copyOf(criteria);
    }

    public long passed() {
        return criteria.stream().filter(CriterionResult::passed).count();
    }
}
