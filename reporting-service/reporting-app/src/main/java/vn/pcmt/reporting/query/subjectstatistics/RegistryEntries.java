package vn.pcmt.reporting.query.subjectstatistics;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import vn.pcmt.registry.api.v1.CategoryChanged;
import vn.pcmt.registry.api.v1.DrugTestRecorded;
import vn.pcmt.registry.api.v1.EntryRetracted;
import vn.pcmt.registry.api.v1.FlagCleared;
import vn.pcmt.registry.api.v1.FlagRaised;
import vn.pcmt.registry.api.v1.ManagementPeriodStarted;
import vn.pcmt.registry.api.v1.SubjectDetailsCorrected;
import vn.pcmt.registry.api.v1.SubjectMerged;
import vn.pcmt.registry.api.v1.SubjectMoved;
import vn.pcmt.registry.api.v1.SubjectRegistered;
import vn.pcmt.registry.api.v1.SubjectRemoved;
import vn.pcmt.registry.api.v1.TreatmentEnded;
import vn.pcmt.registry.api.v1.TreatmentStarted;
import vn.pcmt.reporting.domain.statistics.SubjectEntry;
import vn.pcmt.reporting.domain.statistics.SubjectEntry.Kind;
import vn.pcmt.reporting.query.eventlog.EventLogDocument;

/** The registry's published events (pcmt.registry.v1) as entries of a subject's history; other events are none. */
final class RegistryEntries {

    private RegistryEntries() {
    }

    static Optional<SubjectEntry> of(EventLogDocument event) {
        Document p = event.payload();
        return Optional.ofNullable(switch (event.eventType()) {
            case SubjectRegistered.TYPE -> entry(event, Kind.REGISTERED, p.get("residence", Document.class), p.getString("category"),
                    p.getString("sex"), p.getInteger("birthYear"), null, null, null);
            case SubjectMoved.TYPE -> entry(event, Kind.MOVED, p.get("to", Document.class), null, null, null, null, null, null);
            case CategoryChanged.TYPE -> entry(event, Kind.CATEGORY_CHANGED, null, p.getString("to"), null, null, null, null, null);
            case SubjectRemoved.TYPE, SubjectMerged.TYPE -> entry(event, Kind.LEFT_LIST, null, null, null, null, null, null, null);
            case SubjectDetailsCorrected.TYPE -> entry(event, Kind.CORRECTED, null, null, p.getString("sex"), p.getInteger("birthYear"),
                    null, null, null);
            case TreatmentStarted.TYPE -> entry(event, Kind.TREATMENT_STARTED, null, null, null, null, p.getString("treatmentId"),
                    p.getString("kind"), null);
            case TreatmentEnded.TYPE -> entry(event, Kind.TREATMENT_ENDED, null, null, null, null, p.getString("treatmentId"), null, null);
            case FlagRaised.TYPE -> entry(event, Kind.FLAG_RAISED, null, null, null, null, p.getString("flag"), null, null);
            case FlagCleared.TYPE -> entry(event, Kind.FLAG_CLEARED, null, null, null, null, p.getString("flag"), null, null);
            case ManagementPeriodStarted.TYPE -> entry(event, Kind.MANAGEMENT_STARTED, null, null, null, null, null,
                    p.get("endsOn") == null ? null : String.valueOf(p.get("endsOn")), null);
            case DrugTestRecorded.TYPE -> entry(event, Kind.TESTED, null, null, null, null, p.getString("testId"), p.getString("result"), null);
            case EntryRetracted.TYPE -> entry(event, Kind.RETRACTED, null, null, null, null, null, null,
                    p.getList("versions", Number.class).stream().map(Number::longValue).toList());
            default -> null;
        });
    }

    private static SubjectEntry entry(EventLogDocument event, Kind kind, Document residence, String category, String sex, Integer birthYear,
                                      String reference, String detail, List<Long> versions) {
        return new SubjectEntry(event.aggregateId(), event.aggregateVersion(), kind, event.occurredAt(), event.recordedAt(),
                event.areaCode(), residence == null ? null : residence.getString("communeCode"), residence == null ? null : residence.getString("villageCode"),
                category, sex, birthYear, reference, detail, versions);
    }
}
