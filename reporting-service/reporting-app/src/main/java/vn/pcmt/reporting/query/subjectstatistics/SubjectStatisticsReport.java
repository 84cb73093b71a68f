package vn.pcmt.reporting.query.subjectstatistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.assessment.api.v1.TransformationStageChanged;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.reporting.domain.statistics.AreaStanding;
import vn.pcmt.reporting.domain.statistics.CaseEntry;
import vn.pcmt.reporting.domain.statistics.CaseFlows;
import vn.pcmt.reporting.domain.statistics.Kpi;
import vn.pcmt.reporting.domain.statistics.KpiTable;
import vn.pcmt.reporting.domain.statistics.ReportingPeriod;
import vn.pcmt.reporting.domain.statistics.SubjectEntry;
import vn.pcmt.reporting.domain.statistics.SubjectFlows;
import vn.pcmt.reporting.domain.statistics.SubjectStatistics;
import vn.pcmt.reporting.domain.statistics.SubjectStatus;
import vn.pcmt.reporting.domain.statistics.SubjectTimeline;
import vn.pcmt.reporting.domain.statistics.Transformations;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.reporting.query.areadirectory.AreaDirectory;
import vn.pcmt.reporting.query.areastanding.AreaStandings;
import vn.pcmt.reporting.query.eventlog.EventLog;
import vn.pcmt.reporting.query.eventlog.EventLogDocument;

/**
 * The subjects of an area and of each of its children (communes of a province, villages of a commune) as they stood
 * on a day, as known at a moment: every subject who ever had an event in the area's communes, their registry events
 * folded ({@link SubjectTimeline}), those living in the area that day counted ({@link SubjectStatistics}). A subject
 * who moved is counted once, where they lived that day. The area is broken down by its children as the directory stood
 * that day (a village moved to another commune by a merger counts under its old commune before the merger, under the new
 * one after it), and a commune counts the people living in its villages even while they are still recorded under a
 * commune merged away, as the live summary does.
 */
@Component
public class SubjectStatisticsReport {


    private final MongoTemplate mongo;
    private final AreaDirectory areas;
    private final EventLog eventLog;
    private final AreaStandings standings;
    private final SubjectHistories subjectHistories;

    /** At most this many communes' facts kept at once (a commune's year: tens of facts; a country's, a few hundred thousand). */
    private static final int KEPT_FACTS = 10_000;
    /** Up to this many communes changed since last read are read one by one; more, all together. */
    private static final int READ_ONE_BY_ONE = 10;

    private final Map<String, KeptFacts> keptFacts = new java.util.concurrent.ConcurrentHashMap<>();

    public SubjectStatisticsReport(MongoTemplate mongo, AreaDirectory areas, EventLog eventLog, AreaStandings standings,
                                   SubjectHistories subjectHistories) {
        this.mongo = mongo;
        this.subjectHistories = subjectHistories;
        this.areas = areas;
        this.eventLog = eventLog;
        this.standings = standings;
    }

    /** The report of a day: each subject's history folded as it is read, so only their statuses are held. */
    public Report of(AreaDirectoryDocument area, LocalDate asOf, Instant knownAt) {
        Scope scope = scopeOf(area, asOf);
        return report(area, scope, statusesOn(scope, asOf, knownAt), asOf);
    }

    /** The subjects {@code figure} counts in the area on {@code asOf}, as known at {@code knownAt}: the list behind the count. */
    public List<SubjectStatus> members(AreaDirectoryDocument area, Predicate<SubjectStatus> figure, LocalDate asOf, Instant knownAt) {
        return statusesOn(scopeOf(area, asOf), asOf, knownAt).stream().filter(figure)
                .sorted(java.util.Comparator.comparing(SubjectStatus::subjectId)).toList();
    }

    private List<SubjectStatus> statusesOn(Scope scope, LocalDate asOf, Instant knownAt) {
        Predicate<SubjectStatus> inArea = scope.inArea(asOf);
        List<SubjectStatus> statuses = new ArrayList<>();
        subjectHistories.forEachRecordedIn(scope.read(), knownAt, history ->
                SubjectTimeline.statusOn(history, asOf, knownAt).filter(inArea).ifPresent(statuses::add));
        return statuses;
    }

    /**
     * The period's figures: the subjects on the day before it began and on its last day (today while it runs), and what
     * happened in it ({@link SubjectFlows}: by commune, not by village, where the registry's events do not say the
     * village; {@link CaseFlows}: by commune and by village), for the area and each child, from one read of the event
     * log; each area's standing in the period's programme year ({@link AreaStanding}).
     */
    public Periodic periodic(AreaDirectoryDocument area, ReportingPeriod period, LocalDate today, Instant knownAt) {
        LocalDate end = period.to().isAfter(today) ? today : period.to();
        LocalDate before = period.from().minusDays(1);
        Scope scope = scopeOf(area, end); // broken down by the children of its last day
        boolean byCommune = !"VILLAGE".equals(area.level());
        boolean province = "PROVINCE".equals(area.level());
        // one pass over the subjects' histories, each folded as it is read: only statuses and counts are held
        List<SubjectStatus> startStatuses = new ArrayList<>();
        List<SubjectStatus> endStatuses = new ArrayList<>();
        long[] treated = {0};
        SubjectFlows[] flows = {SubjectFlows.NONE};
        Map<String, SubjectFlows> childFlows = new java.util.HashMap<>();
        Predicate<SubjectStatus> inAreaBefore = scope.inArea(before);
        Predicate<SubjectStatus> inAreaAtEnd = scope.inArea(end);
        subjectHistories.forEachRecordedIn(scope.read(), knownAt, history -> {
            SubjectTimeline.statusOn(history, before, knownAt).filter(inAreaBefore).ifPresent(startStatuses::add);
            Optional<SubjectStatus> atEnd = SubjectTimeline.statusOn(history, end, knownAt).filter(inAreaAtEnd);
            atEnd.ifPresent(endStatuses::add);
            if (atEnd.filter(status -> "ADDICT".equals(status.category()) || "ILLEGAL_USER".equals(status.category())).isPresent()
                    && SubjectTimeline.treatedBetween(history, period.from(), end, knownAt)) {
                treated[0]++;
            }
            if (byCommune) {
                List<List<SubjectEntry>> one = List.of(history);
                flows[0] = flows[0].plus(SubjectFlows.of(one, period, knownAt, scope.communes()::contains));
                if (province) {
                    history.stream().map(SubjectEntry::areaCode).filter(java.util.Objects::nonNull).filter(scope.communes()::contains).distinct().forEach(commune ->
                            childFlows.merge(commune, SubjectFlows.of(one, period, knownAt, commune::equals), SubjectFlows::plus));
                }
            }
        });
        Report atStart = report(area, scope, startStatuses, before);
        Report atEnd = report(area, scope, endStatuses, end);
        List<CaseEntry> facts = caseEntries(scope.read(), knownAt);
        AreaStandings.Subtree subtree = standings.under(area, knownAt);
        int year = period.programmeYear();
        List<PeriodicChild> children = new ArrayList<>();
        for (int i = 0; i < atEnd.children().size(); i++) {
            Report child = atEnd.children().get(i);
            children.add(new PeriodicChild(child.areaCode(), child.name(), atStart.children().get(i).subjects(), child.subjects(),
                    province ? childFlows.getOrDefault(child.areaCode(), SubjectFlows.NONE) : null,
                    CaseFlows.of(facts, period, end, knownAt, factsIn(child)), subtree.of(child.areaCode(), year)));
        }
        CaseFlows cases = CaseFlows.of(facts, period, end, knownAt, scope.facts());
        ReportingPeriod yearBefore = new ReportingPeriod(period.name() + " (năm trước)", period.from().minusYears(1), period.to().minusYears(1));
        CaseFlows casesYearBefore = CaseFlows.of(facts, yearBefore, end.minusYears(1), knownAt, scope.facts());
        AreaStanding standing = subtree.of(area.code(), year);
        List<Kpi> kpis = byCommune ? KpiTable.of(endStatuses, treated[0], cases, casesYearBefore,
                Transformations.of(transformationStages(scope.communes()), end, knownAt), standing.drugFree(), area.level()) : List.of();
        return new Periodic(area.code(), area.name(), area.level(), period, end, !period.to().isAfter(today), knownAt, atStart.subjects(),
                atEnd.subjects(), byCommune ? flows[0] : null, cases, standing, kpis, children);
    }

    /**
     * The entries behind a flow of the area's periodic report ({@link SubjectFlows#listed}: {@code found}, {@code leftList},
     * {@code tests}, {@code positiveTests}), ordered by day and subject; empty when {@code figure} names none.
     */
    public Optional<List<SubjectEntry>> flowEntries(AreaDirectoryDocument area, ReportingPeriod period, Instant knownAt, String figure) {
        if (!SubjectFlows.FIGURES.contains(figure)) {
            return Optional.empty();
        }
        Scope scope = scopeOf(area, period.to());
        List<SubjectEntry> entries = new ArrayList<>();
        subjectHistories.forEachRecordedIn(scope.read(), knownAt, history ->
                entries.addAll(SubjectFlows.listed(history, period, knownAt, scope.communes()::contains).get(figure)));
        entries.sort(java.util.Comparator.comparing(SubjectEntry::on).thenComparing(SubjectEntry::subjectId).thenComparing(SubjectEntry::version));
        return Optional.of(entries);
    }

    /** The programme targets the KPI drill-down lists ({@link KpiTable}). */
    public static final Set<String> KPIS = Set.of("TREATMENT_REACH", "HOTSPOTS_ELIMINATED", "HOTSPOTS_ELIMINATED_GROWTH",
            "KEY_AREAS_TRANSFORMED", "TRANSFORMED_NOT_RELAPSING", "DRUG_FREE_CHILDREN");

    /** One thing a KPI counts: a subject, a hotspot (its latest fact by the day counted) or an area (commune or village). */
    public record KpiMember(Kind kind, String reference, LocalDate on, String communeCode, String villageCode, String detail) {

        public enum Kind { SUBJECT, HOTSPOT, AREA }
    }

    /**
     * What the numerator (or the denominator) of a programme target of the area's periodic report counts, as
     * {@link KpiTable} counts it: each list's size is the figure. Empty when {@code kpi} names none of {@link #KPIS}.
     */
    public Optional<List<KpiMember>> kpiMembers(AreaDirectoryDocument area, ReportingPeriod period, LocalDate today, Instant knownAt,
                                                String kpi, boolean numerator) {
        LocalDate end = period.to().isAfter(today) ? today : period.to();
        Scope scope = scopeOf(area, end);
        return Optional.ofNullable(switch (kpi) {
            case "TREATMENT_REACH" -> {
                Predicate<SubjectStatus> inArea = scope.inArea(end);
                List<KpiMember> members = new ArrayList<>();
                subjectHistories.forEachRecordedIn(scope.read(), knownAt, history -> SubjectTimeline.statusOn(history, end, knownAt)
                        .filter(inArea).filter(status -> "ADDICT".equals(status.category()) || "ILLEGAL_USER".equals(status.category()))
                        .filter(status -> !numerator || SubjectTimeline.treatedBetween(history, period.from(), end, knownAt))
                        .ifPresent(status -> members.add(new KpiMember(KpiMember.Kind.SUBJECT, status.subjectId(), null, status.communeCode(),
                                status.villageCode(), status.category()))));
                members.sort(java.util.Comparator.comparing(KpiMember::reference));
                yield members;
            }
            case "HOTSPOTS_ELIMINATED" -> {
                List<CaseEntry> existed = CaseFlows.listed(caseEntries(scope.read(), knownAt), period, end, knownAt, scope.facts())
                        .get("hotspots.existed");
                yield hotspots(existed.stream().filter(latest -> !numerator || !latest.active()).toList());
            }
            case "HOTSPOTS_ELIMINATED_GROWTH" -> {
                ReportingPeriod counted = numerator ? period
                        : new ReportingPeriod(period.name() + " (năm trước)", period.from().minusYears(1), period.to().minusYears(1));
                yield hotspots(CaseFlows.listed(caseEntries(scope.read(), knownAt), counted, numerator ? end : end.minusYears(1), knownAt,
                        scope.facts()).get("hotspots.eliminated"));
            }
            case "KEY_AREAS_TRANSFORMED", "TRANSFORMED_NOT_RELAPSING" -> {
                Map<String, List<Transformations.Stage>> listed = Transformations.listed(transformationStages(scope.communes()), end, knownAt);
                String counted = "KEY_AREAS_TRANSFORMED".equals(kpi) ? (numerator ? "transformed" : "selected")
                        : numerator ? "notRelapsing" : "transformed";
                yield listed.get(counted).stream().map(stage -> new KpiMember(KpiMember.Kind.AREA, stage.communeCode(), stage.on(),
                        stage.communeCode(), null, stage.stage())).toList();
            }
            case "DRUG_FREE_CHILDREN" -> {
                AreaStandings.Subtree subtree = standings.under(area, knownAt);
                List<String> children = numerator ? subtree.of(area.code(), period.programmeYear()).drugFree().recognized()
                        : subtree.children().getOrDefault(area.code(), List.of());
                boolean villages = "COMMUNE".equals(area.level());
                yield children.stream().map(code -> new KpiMember(KpiMember.Kind.AREA, code, null, villages ? area.code() : code,
                        villages ? code : null, null)).toList();
            }
            default -> null;
        });
    }

    private static List<KpiMember> hotspots(List<CaseEntry> facts) {
        return facts.stream().sorted(java.util.Comparator.comparing(CaseEntry::reference))
                .map(fact -> new KpiMember(KpiMember.Kind.HOTSPOT, fact.reference(), fact.on(), fact.communeCode(), null, fact.detail())).toList();
    }

    /**
     * The facts behind a hotspot, case, arrest or cultivation figure of the area's periodic report ({@link CaseFlows#listed}),
     * ordered by day, then hotspot or case, then when recorded (two arrests of a case on a day keep their order from page
     * to page); empty when {@code figure} names none.
     */
    public Optional<List<CaseEntry>> caseFacts(AreaDirectoryDocument area, ReportingPeriod period, LocalDate today, Instant knownAt,
                                               String figure) {
        LocalDate end = period.to().isAfter(today) ? today : period.to();
        Scope scope = scopeOf(area, end);
        return CaseFlows.facts(figure, CaseFlows.listed(caseEntries(scope.read(), knownAt), period, end, knownAt, scope.facts()))
                .map(facts -> facts.stream().sorted(java.util.Comparator.comparing(CaseEntry::on)
                        .thenComparing(CaseEntry::reference, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                        .thenComparing(CaseEntry::recordedAt)).toList());
    }

    /**
     * The fight in the area and in each of its children of {@code day} (communes of a province, villages of a commune),
     * in the Ministry's year up to that day (hotspots active that day; cases opened, arrests and cultivation destroyed
     * since the year began), as known now.
     */
    public Fight fight(AreaDirectoryDocument area, LocalDate day) {
        ReportingPeriod year = ReportingPeriod.yearOf(day);
        Scope scope = scopeOf(area, day);
        List<CaseEntry> facts = yearsFacts(scope.read(), year.from());
        boolean byVillage = "COMMUNE".equals(area.level());
        Map<String, List<CaseEntry>> byCode = facts.stream().filter(fact -> (byVillage ? fact.villageCode() : fact.communeCode()) != null)
                .collect(Collectors.groupingBy(byVillage ? CaseEntry::villageCode : CaseEntry::communeCode));
        Map<String, CaseFlows> byChild = new java.util.HashMap<>();
        scope.children().forEach(child -> byChild.put(child.code(), CaseFlows.of(byCode.getOrDefault(child.code(), List.of()), year, day,
                null, factsIn(child.code(), child.level()))));
        return new Fight(year, CaseFlows.of(facts, year, day, null, scope.facts()), byChild);
    }

    /**
     * case-service's facts in {@code communes} from {@code since} (and every fact of their hotspots), as known now: each
     * commune's kept between requests while the event log keeps no new case-service event of it ({@link EventLog#stamps}),
     * so the live summary reads again only the communes that changed, not a province's year on every request.
     */
    private List<CaseEntry> yearsFacts(Set<String> communes, LocalDate since) {
        // stamps before reading: facts kept meanwhile move them, and are read next time
        Map<String, Long> stamps = eventLog.stamps(CaseTopics.EVENTS, communes);
        Map<String, List<CaseEntry>> byCommune = new java.util.HashMap<>();
        Set<String> changed = new HashSet<>();
        for (String commune : communes) {
            KeptFacts kept = keptFacts.get(since + "/" + commune);
            if (kept != null && kept.stamp() == stamps.get(commune)) {
                byCommune.put(commune, kept.facts());
            } else {
                changed.add(commune);
            }
        }
        if (!changed.isEmpty()) {
            // a few communes a commune at a time (each read by the index on type and area); many at once, a type at a time
            List<CaseEntry> read = changed.size() <= READ_ONE_BY_ONE
                    ? changed.stream().flatMap(commune -> caseEntries(Set.of(commune), null, since).stream()).toList()
                    : caseEntries(changed, null, since);
            Map<String, List<CaseEntry>> readByCommune = read.stream().collect(Collectors.groupingBy(CaseEntry::communeCode));
            if (keptFacts.size() + changed.size() > KEPT_FACTS) {
                keptFacts.clear(); // many areas asked since their last facts: start again rather than grow
            }
            for (String commune : changed) {
                List<CaseEntry> facts = List.copyOf(readByCommune.getOrDefault(commune, List.of()));
                keptFacts.put(since + "/" + commune, new KeptFacts(stamps.get(commune), facts));
                byCommune.put(commune, facts);
            }
        }
        return byCommune.values().stream().flatMap(List::stream).toList();
    }

    private record KeptFacts(long stamp, List<CaseEntry> facts) {
    }

    /** {@link #fight}: the year counted, the area, each child. */
    public record Fight(ReportingPeriod year, CaseFlows total, Map<String, CaseFlows> byChild) {
    }

    private static Report report(AreaDirectoryDocument area, Scope scope, List<SubjectStatus> statuses, LocalDate asOf) {
        List<Report> childReports = new ArrayList<>();
        for (AreaDirectoryDocument child : scope.children()) {
            Predicate<SubjectStatus> inChild = "PROVINCE".equals(area.level())
                    ? status -> child.code().equals(scope.placement().communeOf(status, asOf)) : status -> child.code().equals(status.villageCode());
            childReports.add(new Report(child.code(), child.name(), child.level(),
                    SubjectStatistics.of(statuses.stream().filter(inChild).toList(), asOf), List.of()));
        }
        return new Report(area.code(), area.name(), area.level(), SubjectStatistics.of(statuses, asOf), childReports);
    }

    /**
     * How an area is counted: {@code read}, the communes whose subjects' histories and case-service facts may hold someone
     * or something in it; {@code communes}, the communes whose recorded flows count toward it; {@code facts}, the
     * case-service facts that do (recorded under those communes; of a village, those naming it); {@code children}, what
     * it is broken down into (as the directory stood on the report's day); {@code placement}, where a person counts on a
     * day; {@code livingIn}, who of those read lived in it on a day.
     */
    private record Scope(Set<String> read, Set<String> communes, Predicate<CaseEntry> facts, List<AreaDirectoryDocument> children,
                         Placement placement, Function<LocalDate, Predicate<SubjectStatus>> livingIn) {

        Predicate<SubjectStatus> inArea(LocalDate day) {
            return livingIn.apply(day);
        }
    }

    /**
     * Every village that was ever under the area: a person counts in the commune their village was under on a day,
     * whatever commune they are still recorded under (a village moved by a merger takes its people along at once, as
     * the live summary counts them); a person of no known village, in the commune recorded. A province's thousands of
     * villages are read the first time a person is placed (the fight places nobody).
     */
    private static final class Placement {

        private final Supplier<Map<String, AreaDirectoryDocument>> read;
        private Map<String, AreaDirectoryDocument> villages;

        Placement(Supplier<Map<String, AreaDirectoryDocument>> read) {
            this.read = read;
        }

        Map<String, AreaDirectoryDocument> villages() {
            if (villages == null) {
                villages = read.get();
            }
            return villages;
        }

        String communeOf(SubjectStatus status, LocalDate day) {
            AreaDirectoryDocument village = status.villageCode() == null ? null : villages().get(status.villageCode());
            return village == null ? status.communeCode() : village.parentOn(day);
        }
    }

    /** The area's scope, broken down by its children of {@code day}. */
    private Scope scopeOf(AreaDirectoryDocument area, LocalDate day) {
        return switch (area.level()) {
            case "PROVINCE" -> {
                // every commune ever under the province, closed ones too: each counts on the days it was under it
                List<AreaDirectoryDocument> everUnder = areas.everUnder(area.code());
                Map<String, AreaDirectoryDocument> communes = byCode(everUnder);
                Placement placement = new Placement(() -> byCode(areas.everUnder(communes.keySet())));
                Set<String> communesThen = communes.values().stream().filter(commune -> area.code().equals(commune.parentOn(day)))
                        .map(AreaDirectoryDocument::code).collect(Collectors.toUnmodifiableSet());
                yield new Scope(communes.keySet(), communesThen, fact -> communesThen.contains(fact.communeCode()),
                        AreaDirectory.childrenOn(everUnder, area.code(), day), placement, on -> status -> {
                    AreaDirectoryDocument commune = communes.get(placement.communeOf(status, on));
                    return commune != null && area.code().equals(commune.parentOn(on));
                });
            }
            case "COMMUNE" -> {
                List<AreaDirectoryDocument> everUnder = areas.everUnder(area.code());
                Map<String, AreaDirectoryDocument> villages = byCode(everUnder);
                Placement placement = new Placement(() -> villages);
                Set<String> read = new HashSet<>(Set.of(area.code()));
                placement.villages().values().forEach(village -> village.parents().forEach(parent -> read.add(parent.code())));
                yield new Scope(read, Set.of(area.code()), factsIn(area.code(), area.level()),
                        AreaDirectory.childrenOn(everUnder, area.code(), day), placement,
                        on -> status -> area.code().equals(placement.communeOf(status, on)));
            }
            default -> {
                Set<String> read = area.parents().stream().map(AreaDirectoryDocument.Parent::code).collect(Collectors.toUnmodifiableSet());
                yield new Scope(read, Set.of(), factsIn(area.code(), area.level()), List.of(), new Placement(Map::of),
                        on -> status -> area.code().equals(status.villageCode()));
            }
        };
    }

    /**
     * The facts counted in a commune (recorded under it) or a village (naming it, under whichever commune it was: a
     * village's row in its commune's report is its own report's figure; facts from before a merger moved it count in the
     * village, not in its new commune).
     */
    private static Predicate<CaseEntry> factsIn(String code, String level) {
        return "VILLAGE".equals(level) ? fact -> code.equals(fact.villageCode()) : fact -> code.equals(fact.communeCode());
    }

    private static Predicate<CaseEntry> factsIn(Report child) {
        return factsIn(child.areaCode(), child.level());
    }

    private static Map<String, AreaDirectoryDocument> byCode(List<AreaDirectoryDocument> areas) {
        return areas.stream().collect(Collectors.toMap(AreaDirectoryDocument::code, area -> area));
    }

    /** case-service's facts counted in {@code communes}, as known at {@code knownAt}. */
    private List<CaseEntry> caseEntries(Set<String> communes, Instant knownAt) {
        return caseEntries(communes, knownAt, null);
    }

    /**
     * case-service's facts counted in {@code communes}, as known at {@code knownAt}; from {@code since} on when given,
     * but every fact of a hotspot (whether one is active takes its whole life; its stage changes take the village of its
     * identification).
     */
    private List<CaseEntry> caseEntries(Set<String> communes, Instant knownAt, LocalDate since) {
        List<CaseEntry> facts = new ArrayList<>();
        for (String type : CaseEntries.TYPES) { // a type at a time, each taking the event log's type index
            Criteria ofType = Criteria.where("eventType").is(type).and("topic").is(CaseTopics.EVENTS);
            // one commune by equality: the store's index on type and area takes equalities only ($in is left to its matcher)
            Criteria inCommunes = communes.size() == 1 ? ofType.and("areaCode").is(communes.iterator().next())
                    : ofType.and("areaCode").in(communes);
            if (knownAt != null) {
                inCommunes = inCommunes.and("recordedAt").lte(knownAt);
            }
            if (since != null && !CaseEntries.HOTSPOT_TYPES.contains(type)) {
                inCommunes = inCommunes.and("occurredAt").gte(since);
            }
            eventLog.pages(inCommunes).forEach(event -> CaseEntries.of(event).ifPresent(facts::add));
        }
        Map<String, String> hotspotVillages = new java.util.HashMap<>();
        facts.stream().filter(fact -> fact.kind() == CaseEntry.Kind.HOTSPOT_IDENTIFIED && fact.villageCode() != null)
                .forEach(fact -> hotspotVillages.put(fact.reference(), fact.villageCode()));
        facts.replaceAll(fact -> fact.kind() == CaseEntry.Kind.HOTSPOT_STAGE && hotspotVillages.containsKey(fact.reference())
                ? fact.inVillage(hotspotVillages.get(fact.reference())) : fact);
        return facts;
    }

    /** The stages of transformation of {@code communes}' key areas published by assessment. */
    private List<Transformations.Stage> transformationStages(Set<String> communes) {
        Query query = Query.query(Criteria.where("eventType").is(TransformationStageChanged.TYPE).and("topic").is(AssessmentTopics.EVENTS)
                .and("payload.communeCode").in(communes));
        return mongo.find(query, EventLogDocument.class).stream().map(event -> new Transformations.Stage(
                event.payload().getString("communeCode"), event.payload().getString("stage"), event.occurredAt(), event.recordedAt())).toList();
    }

    /**
     * A period's figures for an area ({@code flows} and {@code kpis}: by commune, none for a village; {@code standing}:
     * in the period's programme year).
     */
    public record Periodic(String areaCode, String name, String level, ReportingPeriod period, LocalDate asOf, boolean complete,
                           Instant knownAt, SubjectStatistics atStart, SubjectStatistics atEnd, SubjectFlows flows, CaseFlows cases,
                           AreaStanding standing, List<Kpi> kpis, List<PeriodicChild> children) {
    }

    /** A period's figures for a child of the area ({@code flows}: for communes of a province only). */
    public record PeriodicChild(String areaCode, String name, SubjectStatistics atStart, SubjectStatistics atEnd, SubjectFlows flows,
                                CaseFlows cases, AreaStanding standing) {
    }

    /** An area's figures and its children's. */
    public record Report(String areaCode, String name, String level, SubjectStatistics subjects, List<Report> children) {
    }
}
