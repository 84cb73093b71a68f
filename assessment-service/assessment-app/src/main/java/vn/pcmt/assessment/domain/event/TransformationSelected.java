package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TransformationSelected(String transformationId, String communeCode, LocalDate selectedOn, String decisionNo,
                                     String baselineType) {
}
