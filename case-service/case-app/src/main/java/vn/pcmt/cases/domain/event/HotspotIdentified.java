package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.HotspotKind;

@Revision("1")
public record HotspotIdentified(String hotspotId, HotspotKind kind, String communeCode, String villageCode,
                                LocalDate identifiedOn, boolean suspected, String evidence) {
}
