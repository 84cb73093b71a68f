package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import vn.pcmt.assessment.domain.criteria.CriteriaSetId;
import vn.pcmt.assessment.domain.criteria.CriterionResult;

@Revision("1")
public record AppraisalRecorded(String appraisalId, String areaCode, LocalDate asOf, CriteriaSetId criteriaSet, String legalSource,
                                String outcome, List<CriterionResult> criteria) {
}
