package vn.pcmt.assessment.domain.event;

import org.axonframework.serialization.Revision;
import vn.pcmt.assessment.domain.AreaLevel;

@Revision("1")
public record AreaRegistered(String code, String name, AreaLevel level, String parentCode) {
}
