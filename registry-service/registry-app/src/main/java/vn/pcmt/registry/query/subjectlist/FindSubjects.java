package vn.pcmt.registry.query.subjectlist;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.registry.domain.Category;
import vn.pcmt.registry.domain.Flag;
import vn.pcmt.registry.domain.ManagementBasis;
import vn.pcmt.registry.domain.ManagementKind;
import vn.pcmt.registry.domain.SubjectFile;
import vn.pcmt.registry.domain.TreatmentKind;
import vn.pcmt.registry.query.subjectfile.SubjectFiles;

/**
 * Lists and counts of subjects in an area. Today's lists come from the list documents; a list or count as of a past
 * date (or as known at a past instant) refolds the files of everyone who ever lived in the area.
 */
@Component
public class FindSubjects {

    static final String BY_NAME = "fullName";
    /** The fields a list may be sorted by; anything else is refused, never passed to the store. */
    public static final Set<String> SORTABLE = Set.of(BY_NAME, "dateOfBirth", "category", "villageCode",
            "nextTestDueOn", "nextResidenceCheckDueOn", "managementEndsOn");

    /** Names in Vietnamese alphabetical order (a before ă before â, d before đ), as officers' lists are kept. */
    private static final Comparator<Object> VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final MongoTemplate mongo;
    private final SubjectFiles files;
    private final PersonalDataKeys keys;
    private final Clock clock;

    public FindSubjects(MongoTemplate mongo, SubjectFiles files, PersonalDataKeys keys, Clock clock) {
        this.mongo = mongo;
        this.files = files;
        this.keys = keys;
        this.clock = clock;
    }

    public Page list(SubjectFilter filter, LocalDate asOf, Instant knownAt, int page, int size, String sortField,
                     Sort.Direction direction) {
        if (asOf == null && knownAt == null) {
            Query query = Query.query(filter.criteria(LocalDate.now(clock)));
            if (BY_NAME.equals(sortField)) {
                // names are sealed in the store: every name of the list is opened, then sorted here
                keys.prefetch(SubjectListDocument.ids(mongo, Query.query(filter.criteria(LocalDate.now(clock)))));
                return page(mongo.find(query, SubjectListDocument.class).stream().map(Row::of), sortField, direction, page, size);
            }
            long total = mongo.count(query, SubjectListDocument.class);
            query.with(Sort.by(direction, sortField).and(Sort.by("subjectId"))).skip((long) page * size).limit(size);
            List<Row> rows = mongo.find(query, SubjectListDocument.class).stream().map(Row::of).toList();
            return new Page(rows, page, size, total);
        }
        LocalDate date = asOf != null ? asOf : LocalDate.ofInstant(knownAt, clock.getZone());
        return page(foldedOn(filter, date, knownAt).stream().map(found -> Row.of(found.file(), found.version(), date)), sortField,
                direction, page, size);
    }

    /**
     * Subjects whose retention has ended — off the list since {@code removedBy} or earlier, identity not erased yet —
     * oldest first, for the administrator who erases them; not a duplicate merged into another file, erased with that
     * file. Names nobody.
     */
    public DuePage erasuresDue(LocalDate removedBy, int page, int size) {
        Query due = Query.query(Criteria.where("removed").is(true).and("erased").is(false).and("removedOn").lte(removedBy)
                .and("mergedInto").isNull());
        long total = mongo.count(due, SubjectListDocument.class);
        due.fields().include("_id", "communeCode", "removedOn");
        due.with(Sort.by("removedOn", "subjectId")).skip((long) page * size).limit(size);
        List<Due> items = mongo.find(due, org.bson.Document.class, SubjectListDocument.COLLECTION).stream()
                .map(d -> new Due(d.getString("_id"), d.getString("communeCode"),
                        mongo.getConverter().getConversionService().convert(d.get("removedOn"), LocalDate.class))).toList();
        return new DuePage(items, page, size, total);
    }

    public record DuePage(List<Due> items, int page, int size, long total) {
    }

    /** A subject whose identity may be erased: where they were last recorded and when they left the list. */
    public record Due(String subjectId, String communeCode, LocalDate removedOn) {
    }

    private static Page page(Stream<Row> all, String sortField, Sort.Direction direction, int page, int size) {
        List<Row> rows = all.sorted(comparator(sortField, direction)).toList();
        int from = (int) Math.min(rows.size(), (long) page * size);
        return new Page(rows.subList(from, Math.min(rows.size(), from + size)), page, size, rows.size());
    }

    /**
     * Counts for the area by the groupings steering committees report: today's from the list documents, a past
     * date's (or a past recording time's) by refolding ({@code SubjectListQueriesIT} checks both agree).
     */
    public Counts count(SubjectFilter filter, LocalDate asOf, Instant knownAt) {
        if (asOf == null && knownAt == null) {
            LocalDate today = LocalDate.now(clock);
            return Counts.of(mongo.find(Query.query(filter.criteria(today)), SubjectListDocument.class), today);
        }
        LocalDate date = asOf != null ? asOf : LocalDate.ofInstant(knownAt, clock.getZone());
        return Counts.of(foldedOn(filter, date, knownAt).stream().map(SubjectFiles.Versioned::file).toList(), date);
    }

    private List<SubjectFiles.Versioned> foldedOn(SubjectFilter filter, LocalDate date, Instant knownAt) {
        Criteria everLived = filter.villageCode() != null ? Criteria.where("villages").is(filter.villageCode())
                : Criteria.where("communes").is(filter.communeCode());
        return SubjectListDocument.ids(mongo, Query.query(everLived)).stream()
                .flatMap(subjectId -> files.find(subjectId, date, knownAt).stream())
                .filter(found -> filter.matches(found.file(), date))
                .toList();
    }

    private static Comparator<Row> comparator(String field, Sort.Direction direction) {
        Comparator<Row> byField = switch (field) {
            case "dateOfBirth" -> Comparator.comparing(Row::dateOfBirth);
            case "category" -> Comparator.comparing(Row::category);
            case "villageCode" -> Comparator.comparing(Row::villageCode);
            // missing dates first when ascending, as MongoDB sorts them, so both kinds of list page the same way
            case "nextTestDueOn" -> Comparator.comparing(Row::nextTestDueOn, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "nextResidenceCheckDueOn" -> Comparator.comparing(Row::nextResidenceCheckDueOn,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            case "managementEndsOn" -> Comparator.comparing(Row::managementEndsOn, Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> Comparator.comparing(Row::fullName, VIETNAMESE);
        };
        return (direction == Sort.Direction.DESC ? byField.reversed() : byField).thenComparing(Row::subjectId);
    }

    public record Page(List<Row> items, int page, int size, long total) {
    }

    /** One person on a list. */
    public record Row(String subjectId, String fullName, LocalDate dateOfBirth, String communeCode, String villageCode,
                      Category category, List<TreatmentKind> treatments, List<Flag> flags, LocalDate managementEndsOn,
                      LocalDate nextTestDueOn, LocalDate nextResidenceCheckDueOn, LocalDate voluntaryRehabDueOn,
                      long version) {

        static Row of(SubjectListDocument d) {
            return new Row(d.subjectId(), d.fullName(), d.dateOfBirth(), d.communeCode(), d.villageCode(), d.category(),
                    d.treatments(), d.flags(), d.managementEndsOn(), d.nextTestDueOn(), d.nextResidenceCheckDueOn(),
                    d.voluntaryRehabDueOn(), d.version());
        }

        static Row of(SubjectFile file, long version, LocalDate date) {
            var residence = file.residenceOn(date).orElseThrow().residence();
            return new Row(file.subjectId(), file.fullName(), file.dateOfBirth(), residence.communeCode(),
                    residence.villageCode(), file.category(),
                    file.treatments().stream().filter(t -> t.covers(date)).map(SubjectFile.Treatment::kind).toList(),
                    file.flags().stream().map(SubjectFile.RaisedFlag::flag).toList(), file.managementEndsOn(date).orElse(null),
                    file.nextTestDueOn().orElse(null), file.nextResidenceCheckDueOn(date).orElse(null),
                    file.voluntaryRehabDeadlinePending().orElse(null), version);
        }
    }

    /** Counts of the persons on the list in an area on a date. */
    public record Counts(LocalDate asOf, int total, Map<ManagementBasis, Integer> byBasis, Map<Category, Integer> byCategory,
                         Map<TreatmentKind, Integer> inTreatment, Map<ManagementKind, Integer> underManagement,
                         Map<Flag, Integer> flagged, Map<Overdue, Integer> overdue, Map<String, Integer> byVillage) {

        /** From list documents, on {@code today}: the same groupings as {@link #of(List, LocalDate)} reads from files. */
        static Counts of(Iterable<SubjectListDocument> documents, LocalDate today) {
            Counts counts = empty(today);
            for (SubjectListDocument d : documents) {
                boolean managed = d.managementEndsOn() != null && !d.managementEndsOn().isBefore(today);
                counts.byBasis.merge(!d.treatments().isEmpty() || managed ? ManagementBasis.LEGAL
                        : d.category() == Category.SUSPECTED ? ManagementBasis.SUSPECTED : ManagementBasis.OPERATIONAL, 1, Integer::sum);
                counts.byCategory.merge(d.category(), 1, Integer::sum);
                d.treatments().forEach(kind -> counts.inTreatment.merge(kind, 1, Integer::sum));
                d.managementEnds().forEach((kind, endsOn) -> {
                    if (!endsOn.isBefore(today)) {
                        counts.underManagement.merge(kind, 1, Integer::sum);
                    }
                });
                d.flags().forEach(flag -> counts.flagged.merge(flag, 1, Integer::sum));
                if (d.nextTestDueOn() != null && d.nextTestDueOn().isBefore(today)) {
                    counts.overdue.merge(Overdue.TEST, 1, Integer::sum);
                }
                if (managed && d.nextResidenceCheckDueOn() != null && d.nextResidenceCheckDueOn().isBefore(today)) {
                    counts.overdue.merge(Overdue.RESIDENCE_CHECK, 1, Integer::sum);
                }
                if (d.voluntaryRehabDueOn() != null && d.voluntaryRehabDueOn().isBefore(today)) {
                    counts.overdue.merge(Overdue.REHAB_REGISTRATION, 1, Integer::sum);
                }
                counts.byVillage.merge(d.villageCode(), 1, Integer::sum);
            }
            return counts.withTotal(counts.byCategory.values().stream().mapToInt(Integer::intValue).sum());
        }

        static Counts of(List<SubjectFile> files, LocalDate date) {
            Counts counts = empty(date);
            Map<ManagementBasis, Integer> byBasis = counts.byBasis;
            Map<Category, Integer> byCategory = counts.byCategory;
            Map<TreatmentKind, Integer> inTreatment = counts.inTreatment;
            Map<ManagementKind, Integer> underManagement = counts.underManagement;
            Map<Flag, Integer> flagged = counts.flagged;
            Map<Overdue, Integer> overdue = counts.overdue;
            Map<String, Integer> byVillage = counts.byVillage;
            for (SubjectFile file : files) {
                byBasis.merge(file.basisOn(date), 1, Integer::sum);
                byCategory.merge(file.category(), 1, Integer::sum);
                file.treatments().stream().filter(t -> t.covers(date)).forEach(t -> inTreatment.merge(t.kind(), 1, Integer::sum));
                file.managementPeriodsOn(date).forEach(p -> underManagement.merge(p.kind(), 1, Integer::sum));
                file.flags().forEach(f -> flagged.merge(f.flag(), 1, Integer::sum));
                file.nextTestDueOn().filter(due -> due.isBefore(date))
                        .ifPresent(due -> overdue.merge(Overdue.TEST, 1, Integer::sum));
                file.nextResidenceCheckDueOn(date).filter(due -> due.isBefore(date))
                        .ifPresent(due -> overdue.merge(Overdue.RESIDENCE_CHECK, 1, Integer::sum));
                file.voluntaryRehabDeadlinePending().filter(due -> due.isBefore(date))
                        .ifPresent(due -> overdue.merge(Overdue.REHAB_REGISTRATION, 1, Integer::sum));
                byVillage.merge(file.residenceOn(date).orElseThrow().residence().villageCode(), 1, Integer::sum);
            }
            return counts.withTotal(files.size());
        }

        private static Counts empty(LocalDate date) {
            return new Counts(date, 0, new EnumMap<>(ManagementBasis.class), new EnumMap<>(Category.class),
                    new EnumMap<>(TreatmentKind.class), new EnumMap<>(ManagementKind.class), new EnumMap<>(Flag.class),
                    new EnumMap<>(Overdue.class), new TreeMap<>());
        }

        private Counts withTotal(int total) {
            return new Counts(asOf, total, byBasis, byCategory, inTreatment, underManagement, flagged, overdue, byVillage);
        }
    }
}
