package vn.pcmt.reporting.query.areastanding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.api.v1.AreaFactsRecorded;
import vn.pcmt.assessment.api.v1.ClassificationApproved;
import vn.pcmt.assessment.api.v1.RecognitionDecided;
import vn.pcmt.assessment.api.v1.TargetSet;
import vn.pcmt.reporting.domain.statistics.AreaStanding;
import vn.pcmt.reporting.domain.statistics.AreaStanding.Classification;
import vn.pcmt.reporting.domain.statistics.AreaStanding.Facts;
import vn.pcmt.reporting.domain.statistics.AreaStanding.Recognition;
import vn.pcmt.reporting.domain.statistics.AreaStanding.RecordedFacts;
import vn.pcmt.reporting.domain.statistics.AreaStanding.Target;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.reporting.query.areadirectory.AreaDirectory;
import vn.pcmt.reporting.query.eventlog.EventLog;
import vn.pcmt.reporting.query.eventlog.EventLogDocument;

/**
 * The standing of an area and of every area under it, from what assessment published (recognitions, approved key-area
 * types, manual facts, targets) as known at a moment, under the directory as it is today.
 */
@Component
public class AreaStandings {

    private final AreaDirectory areas;
    private final EventLog eventLog;

    public AreaStandings(AreaDirectory areas, EventLog eventLog) {
        this.areas = areas;
        this.eventLog = eventLog;
    }

    /** Everything under {@code area} read once; each standing then asked of it. */
    public Subtree under(AreaDirectoryDocument area, Instant knownAt) {
        Map<String, List<String>> children = new HashMap<>();
        Map<String, String> levels = new HashMap<>();
        List<AreaDirectoryDocument> open = new ArrayList<>(List.of(area));
        while (!open.isEmpty()) {
            AreaDirectoryDocument next = open.removeLast();
            levels.put(next.code(), next.level());
            List<AreaDirectoryDocument> below = "VILLAGE".equals(next.level()) ? List.of()
                    : areas.openChildren(next.code());
            children.put(next.code(), below.stream().map(AreaDirectoryDocument::code).toList());
            open.addAll(below);
        }
        return new Subtree(children, levels, records(levels.keySet()).knownAt(knownAt));
    }

    /** The areas under one, their levels and what was published about them. */
    public record Subtree(Map<String, List<String>> children, Map<String, String> levels, AreaStanding.Records records) {

        public AreaStanding of(String areaCode, int year) {
            return AreaStanding.of(areaCode, year, code -> children.getOrDefault(code, List.of()), communes(areaCode), records);
        }

        /** The areas behind the standing's counts ({@link AreaStanding#listed}). */
        public Map<String, List<AreaStanding.Counted>> listed(String areaCode, int year) {
            return AreaStanding.listed(areaCode, year, code -> children.getOrDefault(code, List.of()), communes(areaCode), records);
        }

        private List<String> communes(String areaCode) {
            return switch (levels.getOrDefault(areaCode, "")) {
                case "PROVINCE" -> children.getOrDefault(areaCode, List.of());
                case "COMMUNE" -> List.of(areaCode);
                default -> List.of();
            };
        }
    }

    private AreaStanding.Records records(Set<String> codes) {
        List<Recognition> recognitions = new ArrayList<>();
        List<Classification> classifications = new ArrayList<>();
        List<RecordedFacts> facts = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        // by type and area, each taking the event log's type index
        read(RecognitionDecided.TYPE, codes).forEach(e -> recognitions.add(new Recognition(e.areaCode(), e.payload().getInteger("year"),
                e.payload().getBoolean("recognized"), day(e, "decidedOn"), e.recordedAt())));
        read(ClassificationApproved.TYPE, codes).forEach(e -> classifications.add(new Classification(e.areaCode(),
                e.payload().getInteger("year"), e.payload().getString("type"), day(e, "approvedOn"), e.recordedAt())));
        read(AreaFactsRecorded.TYPE, codes).forEach(e -> {
            Document p = e.payload();
            facts.add(new RecordedFacts(e.areaCode(), p.getInteger("year"), new Facts(number(p, "households"), number(p, "householdsCommitted"),
                    number(p, "preventionModels"), number(p, "effectivePreventionModels")), e.recordedAt()));
        });
        read(TargetSet.TYPE, codes).forEach(e -> targets.add(new Target(e.areaCode(), e.payload().getInteger("year"),
                e.payload().getInteger("drugFreeChildrenPercent"), e.recordedAt())));
        return new AreaStanding.Records(recognitions, classifications, facts, targets);
    }

    private List<EventLogDocument> read(String type, Set<String> codes) {
        return eventLog.pages(Criteria.where("eventType").is(type).and("areaCode").in(codes)).toList();
    }

    /** The day the payload names, else the day the event took effect. */
    private static LocalDate day(EventLogDocument event, String field) {
        return event.payload().get(field) instanceof String day ? LocalDate.parse(day) : event.occurredAt();
    }

    private static long number(Document payload, String field) {
        return payload.get(field) instanceof Number number ? number.longValue() : 0;
    }
}
