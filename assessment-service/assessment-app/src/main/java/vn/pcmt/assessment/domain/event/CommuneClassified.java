package vn.pcmt.assessment.domain.event;

import java.util.List;

import org.axonframework.serialization.Revision;
import vn.pcmt.assessment.domain.criteria.CriterionResult;

@Revision("1")
public record CommuneClassified(String classificationId, String communeCode, int year, String type, List<CriterionResult> criteria) {
}
