package vn.pcmt.reporting.query.subjectstatistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.reporting.domain.statistics.SubjectEntry;
import vn.pcmt.reporting.domain.statistics.SubjectStatistics;
import vn.pcmt.reporting.domain.statistics.SubjectStatus;
import vn.pcmt.reporting.domain.statistics.SubjectTimeline;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.reporting.query.eventlog.EventLogDocument;

/**
 * The subjects of an area and of each of its children (communes of a province, villages of a commune) as they stood
 * on a day, as known at a moment: every subject who ever had an event in the area's communes, their registry events
 * folded ({@link SubjectTimeline}), those living in the area that day counted ({@link SubjectStatistics}). A subject
 * who moved is counted once, where they lived that day.
 */
@Component
public class SubjectStatisticsReport {

    private final MongoTemplate mongo;
    private final AreaDirectoryRepository areas;

    public SubjectStatisticsReport(MongoTemplate mongo, AreaDirectoryRepository areas) {
        this.mongo = mongo;
        this.areas = areas;
    }

    public Report of(AreaDirectoryDocument area, LocalDate asOf, Instant knownAt) {
        List<AreaDirectoryDocument> children = areas.findByParentCodeOrderByCode(area.code());
        Set<String> communes = switch (area.level()) {
            case "PROVINCE" -> Set.copyOf(children.stream().map(AreaDirectoryDocument::code).toList());
            case "COMMUNE" -> Set.of(area.code());
            default -> area.parentCode() == null ? Set.of() : Set.of(area.parentCode());
        };
        Predicate<SubjectStatus> inArea = "VILLAGE".equals(area.level())
                ? status -> area.code().equals(status.villageCode()) : status -> communes.contains(status.communeCode());
        List<SubjectStatus> statuses = statusesOn(communes, asOf, knownAt).stream().filter(inArea).toList();
        List<Report> childReports = new ArrayList<>();
        if (!"VILLAGE".equals(area.level())) {
            for (AreaDirectoryDocument child : children) {
                Predicate<SubjectStatus> inChild = "PROVINCE".equals(area.level())
                        ? status -> child.code().equals(status.communeCode()) : status -> child.code().equals(status.villageCode());
                childReports.add(new Report(child.code(), child.name(), child.level(),
                        SubjectStatistics.of(statuses.stream().filter(inChild).toList(), asOf), List.of()));
            }
        }
        return new Report(area.code(), area.name(), area.level(), SubjectStatistics.of(statuses, asOf), childReports);
    }

    /** Every subject with an event in {@code communes} (as known then), folded to the day. */
    private List<SubjectStatus> statusesOn(Set<String> communes, LocalDate asOf, Instant knownAt) {
        Criteria inCommunes = Criteria.where("topic").is(RegistryTopics.EVENTS).and("areaCode").in(communes);
        if (knownAt != null) {
            inCommunes = inCommunes.and("recordedAt").lte(knownAt);
        }
        List<String> subjects = mongo.findDistinct(Query.query(inCommunes), "aggregateId", EventLogDocument.class, String.class);
        if (subjects.isEmpty()) {
            return List.of();
        }
        Criteria ofSubjects = Criteria.where("topic").is(RegistryTopics.EVENTS).and("aggregateId").in(subjects);
        if (knownAt != null) {
            ofSubjects = ofSubjects.and("recordedAt").lte(knownAt);
        }
        Map<String, List<SubjectEntry>> entries = new HashMap<>();
        try (var events = mongo.stream(Query.query(ofSubjects), EventLogDocument.class)) {
            events.forEach(event -> RegistryEntries.of(event)
                    .ifPresent(entry -> entries.computeIfAbsent(entry.subjectId(), id -> new ArrayList<>()).add(entry)));
        }
        return entries.values().stream().map(history -> SubjectTimeline.statusOn(history, asOf, knownAt))
                .flatMap(Optional::stream).toList();
    }

    /** An area's figures and its children's. */
    public record Report(String areaCode, String name, String level, SubjectStatistics subjects, List<Report> children) {
    }
}
