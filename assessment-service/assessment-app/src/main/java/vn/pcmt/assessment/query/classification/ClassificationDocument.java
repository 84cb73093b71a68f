package vn.pcmt.assessment.query.classification;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.assessment.domain.criteria.CriterionResult;

@Document("classification")
public record ClassificationDocument(@Id String id, String communeCode, int year, String type, List<CriterionResult> criteria,
                                     LocalDate approvedOn, String decisionNo, boolean approvedLate, long version) {
}
