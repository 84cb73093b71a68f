package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AreaSplit(String code, List<String> successorCodes, Map<String, String> assignments, LocalDate effectiveOn, String decisionNo) {
}
