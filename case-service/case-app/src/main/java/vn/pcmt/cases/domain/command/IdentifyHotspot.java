package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.pcmt.cases.domain.HotspotKind;

/** {@code suspected}: not yet proven (QĐ 28 counts suspected drug-use points too); {@code evidence}: what was found. */
public record IdentifyHotspot(
        @TargetAggregateIdentifier String hotspotId,
        HotspotKind kind,
        String communeCode,
        String villageCode,
        LocalDate identifiedOn,
        boolean suspected,
        String evidence) {
}
