package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AreaClosed(String code, List<String> successorCodes, LocalDate effectiveOn, String decisionNo) {
}
