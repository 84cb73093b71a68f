package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

@Revision("1")
/** {@code movedChildren}: the predecessors' open children, now under {@code code}. */
public record AreasMerged(String code, List<String> predecessorCodes, List<String> movedChildren, LocalDate effectiveOn, String decisionNo) {
}
