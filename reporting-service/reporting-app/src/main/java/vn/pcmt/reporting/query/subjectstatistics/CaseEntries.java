package vn.pcmt.reporting.query.subjectstatistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import vn.pcmt.cases.api.v1.ArrestMade;
import vn.pcmt.cases.api.v1.CaseOpened;
import vn.pcmt.cases.api.v1.CultivationIncidentRecorded;
import vn.pcmt.cases.api.v1.HotspotIdentified;
import vn.pcmt.cases.api.v1.HotspotStageChanged;
import vn.pcmt.reporting.domain.statistics.CaseEntry;
import vn.pcmt.reporting.domain.statistics.CaseEntry.Kind;
import vn.pcmt.reporting.query.eventlog.EventLogDocument;

/**
 * case-service's published events (pcmt.cases.v1) as facts counted in a commune (the envelope's area) and the village the
 * event names; others none.
 */
final class CaseEntries {

    static final List<String> TYPES = List.of(HotspotIdentified.TYPE, HotspotStageChanged.TYPE, CaseOpened.TYPE, ArrestMade.TYPE,
            CultivationIncidentRecorded.TYPE);
    static final Set<String> HOTSPOT_TYPES = Set.of(HotspotIdentified.TYPE, HotspotStageChanged.TYPE);

    private CaseEntries() {
    }

    static Optional<CaseEntry> of(EventLogDocument event) {
        Document p = event.payload();
        return Optional.ofNullable(switch (event.eventType()) {
            case HotspotIdentified.TYPE -> entry(event, Kind.HOTSPOT_IDENTIFIED, p.getString("hotspotId"), p.getString("villageCode"),
                    "IDENTIFIED", true, 0, null);
            case HotspotStageChanged.TYPE -> entry(event, Kind.HOTSPOT_STAGE, p.getString("hotspotId"), null, p.getString("stage"),
                    Boolean.TRUE.equals(p.getBoolean("active")), 0, null);
            case CaseOpened.TYPE -> entry(event, Kind.CASE_OPENED, p.getString("caseId"), p.getString("villageCode"),
                    "ADMINISTRATIVE".equals(p.getString("kind")) || p.getString("article") == null ? "ADMINISTRATIVE" : p.getString("article"),
                    false, 0, null);
            case ArrestMade.TYPE -> entry(event, Kind.ARREST, p.getString("caseId"), p.getString("residenceVillageCode"), p.getString("kind"),
                    false, 0, null);
            case CultivationIncidentRecorded.TYPE -> entry(event, Kind.CULTIVATION_DESTROYED, p.getString("incidentId"), p.getString("villageCode"),
                    p.getString("plantKind"), false, ((Number) p.get("plants")).longValue(),
                    p.get("areaM2") == null ? null : new BigDecimal(p.get("areaM2").toString()));
            default -> null;
        });
    }

    private static CaseEntry entry(EventLogDocument event, Kind kind, String reference, String villageCode, String detail, boolean active,
                                   long plants, BigDecimal areaM2) {
        return new CaseEntry(kind, reference, event.occurredAt(), event.recordedAt(), event.areaCode(), villageCode, detail, active, plants,
                areaM2);
    }
}
