package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.HotspotStage;

/** The hotspot moved to {@code stage} on {@code on}: action started, eliminated, closed, or re-emerged. */
@Revision("1")
public record HotspotStageChanged(String hotspotId, String communeCode, HotspotStage from, HotspotStage stage, LocalDate on,
                                  String note) {
}
