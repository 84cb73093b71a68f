package vn.pcmt.assessment.domain.event;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TargetSet(String code, int year, int drugFreeChildrenPercent, String plan) {
}
