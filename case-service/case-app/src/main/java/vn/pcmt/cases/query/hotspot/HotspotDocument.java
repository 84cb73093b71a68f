package vn.pcmt.cases.query.hotspot;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.cases.domain.HotspotKind;
import vn.pcmt.cases.domain.HotspotStage;

/** @param reEmergences how many times it formed again after elimination (the plans' "tái hình thành") */
@Document("hotspot")
@CompoundIndex(name = "commune_village", def = "{'communeCode': 1, 'villageCode': 1}")
public record HotspotDocument(
        @Id String hotspotId,
        HotspotKind kind,
        String communeCode,
        String villageCode,
        LocalDate identifiedOn,
        boolean suspected,
        String evidence,
        HotspotStage stage,
        LocalDate stageSince,
        boolean active,
        boolean drugUsePoint,
        int reEmergences,
        long version) {
}
