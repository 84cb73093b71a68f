package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AreaTransformed(String transformationId, String communeCode, LocalDate transformedOn, String decisionNo) {
}
