package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AreaMoved(String code, String fromParentCode, String parentCode, LocalDate effectiveOn, String decisionNo) {
}
