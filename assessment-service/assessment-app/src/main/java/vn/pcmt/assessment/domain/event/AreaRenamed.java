package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AreaRenamed(String code, String name, String previousName, LocalDate effectiveOn, String decisionNo) {
}
