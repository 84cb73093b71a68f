package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TransformationRelapsed(String transformationId, String communeCode, LocalDate relapsedOn, String type, String reason) {
}
