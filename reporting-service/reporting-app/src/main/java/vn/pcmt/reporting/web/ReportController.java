package vn.pcmt.reporting.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.reporting.domain.statistics.AreaStanding;
import vn.pcmt.reporting.domain.statistics.SubjectStatistics;
import vn.pcmt.reporting.domain.statistics.SubjectStatus;
import vn.pcmt.reporting.query.areadirectory.AreaDirectory;
import vn.pcmt.reporting.query.areastanding.AreaStandings;
import vn.pcmt.reporting.query.eventlog.Pseudonyms;
import vn.pcmt.reporting.query.subjectresidence.CountSubjects;
import vn.pcmt.reporting.query.subjectresidence.CountSubjects.Counts;
import vn.pcmt.reporting.query.subjectstatistics.SubjectStatisticsReport;
import vn.pcmt.reporting.web.SummaryResponse.Fight;
import vn.pcmt.reporting.web.SummaryResponse.SubjectCounts;

@RestController
@RequestMapping("/api/reports")
@Validated
public class ReportController {

    private final AreaDirectory areas;
    private final CountSubjects countSubjects;
    private final StatisticsAccess access;
    private final SubjectStatisticsReport asOfReport;
    private final AreaStandings standings;
    private final AccessLog accessLog;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    public ReportController(AreaDirectory areas, CountSubjects countSubjects, StatisticsAccess access,
                            SubjectStatisticsReport asOfReport, AreaStandings standings, AccessLog accessLog, Pseudonyms pseudonyms,
                            Clock clock) {
        this.areas = areas;
        this.accessLog = accessLog;
        this.pseudonyms = pseudonyms;
        this.standings = standings;
        this.asOfReport = asOfReport;
        this.clock = clock;
        this.access = access;
        this.countSubjects = countSubjects;
    }

    /**
     * Subjects by category, treatment under way and flag in {@code areaCode} and in each of its communes (of a province)
     * or villages (of a commune):
     * on the list now, or on {@code asOf} when a past day is asked (then folded from the subjects' histories, as
     * {@code /subjects} does); with the fight in the area and in each child, in the Ministry's year up to the day.
     */
    @GetMapping("/summary")
    SummaryResponse summary(@RequestParam @AreaCode String areaCode,
                            @RequestParam(required = false) @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        access.requireStatistics(areaCode, "areaCode");
        AreaDirectoryDocument area = access.known(areaCode);
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isBefore(today)) {
            SubjectStatisticsReport.Report report = asOfReport.of(area, asOf, null);
            SubjectStatisticsReport.Fight fight = asOfReport.fight(area, asOf);
            return new SummaryResponse(report.areaCode(), report.name(), report.level(), asOf, SubjectCounts.of(report.subjects()),
                    Fight.of(fight), report.children().stream().map(child -> new SummaryResponse(child.areaCode(), child.name(), child.level(),
                            asOf, SubjectCounts.of(child.subjects()), Fight.of(fight, child.areaCode()), List.of())).toList());
        }
        // every child counts towards the area (people may still be recorded under a commune merged away); rows for open ones
        List<AreaDirectoryDocument> children = areas.under(areaCode);
        List<String> codes = children.stream().map(AreaDirectoryDocument::code).toList();
        List<AreaDirectoryDocument> open = children.stream().filter(AreaDirectoryDocument::open).toList();
        SubjectStatisticsReport.Fight fight = asOfReport.fight(area, today);
        return switch (area.level()) {
            case "PROVINCE" -> {
                Map<String, Counts> byCommune = countSubjects.byCommune(codes);
                yield summary(area, CountSubjects.total(byCommune), Fight.of(fight), open.stream().map(commune ->
                        summary(commune, byCommune.getOrDefault(commune.code(), Counts.NONE), Fight.of(fight, commune.code()), List.of())).toList());
            }
            case "COMMUNE" -> {
                Map<String, Counts> byVillage = countSubjects.byVillage(codes);
                yield summary(area, countSubjects.inCommune(areaCode, codes), Fight.of(fight), open.stream().map(village ->
                        summary(village, byVillage.getOrDefault(village.code(), Counts.NONE), Fight.of(fight, village.code()), List.of())).toList());
            }
            default -> summary(area, countSubjects.byVillage(List.of(areaCode)).getOrDefault(areaCode, Counts.NONE), Fight.of(fight), List.of());
        };
    }

    /**
     * The subjects of {@code areaCode} and of each of its children as they stood on {@code asOf} (by the day each entry
     * took effect; today when not given), as known at {@code knownAt} (only what had been recorded by then; everything
     * when not given): a figure sent on a day can be reproduced later, whatever was corrected since.
     */
    @GetMapping("/subjects")
    AsOfReport subjects(@RequestParam @AreaCode String areaCode,
                        @RequestParam(required = false) @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                        @RequestParam(required = false) @PastOrPresent Instant knownAt) {
        access.requireStatistics(areaCode, "areaCode");
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        SubjectStatisticsReport.Report report = asOfReport.of(access.known(areaCode), day, knownAt);
        return new AsOfReport(report.areaCode(), report.name(), report.level(), day, knownAt, report.subjects(), report.children());
    }

    /**
     * The villages of a commune (or communes of a province) recognised drug-free in programme {@code year} — kept from
     * the year before, new — and those that lost it, against the plan's target; with the key-area types approved that
     * year, households committed and prevention models, as known at {@code knownAt} (everything when not given).
     */
    @GetMapping("/drug-free-progress")
    DrugFreeProgress drugFreeProgress(@RequestParam @AreaCode String areaCode, @RequestParam @Min(2000) @Max(2100) int year,
                                      @RequestParam(required = false) @PastOrPresent Instant knownAt) {
        access.requireStatistics(areaCode, "areaCode");
        AreaDirectoryDocument area = access.known(areaCode);
        AreaStanding standing = standings.under(area, knownAt).of(areaCode, year);
        return new DrugFreeProgress(area.code(), area.name(), area.level(), year, knownAt, standing.drugFree(), standing.keyAreaTypes(),
                standing.facts());
    }

    /**
     * The areas behind a count of {@code /drug-free-progress} other than the drug-free ones, which list their areas
     * (drill-down), a page at a time: {@code figure} {@code keyAreaTypes.<type>} (the communes of that type),
     * {@code households}, {@code householdsCommitted}, {@code preventionModels} or {@code preventionModels.effective} (the
     * areas whose own facts are added up, each with its number: the figure is their sum, {@code total} how many areas).
     */
    @GetMapping("/drug-free-progress/members")
    StandingMembers drugFreeProgressMembers(@RequestParam @AreaCode String areaCode, @RequestParam @Min(2000) @Max(2100) int year,
                                            @RequestParam String figure, @RequestParam(required = false) @PastOrPresent Instant knownAt,
                                            @RequestParam(defaultValue = "0") @Min(0) int page,
                                            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        access.requireStatistics(areaCode, "areaCode");
        AreaDirectoryDocument area = access.known(areaCode);
        Map<String, List<AreaStanding.Counted>> listed = standings.under(area, knownAt).listed(areaCode, year);
        List<AreaStanding.Counted> counted = listed.containsKey(figure) ? listed.get(figure)
                : figure.matches("keyAreaTypes\\.[A-Z0-9_]{1,40}") ? List.of() : null;
        if (counted == null) {
            throw Refusal.invalid("FIGURE_UNKNOWN", "Không có chỉ tiêu này: keyAreaTypes.<loại>, households, householdsCommitted, "
                    + "preventionModels, preventionModels.effective.", new FieldProblem("figure", "FIGURE_UNKNOWN", "Không có chỉ tiêu này."));
        }
        return new StandingMembers(area.code(), area.name(), year, figure, knownAt, StatisticsAccess.page(counted, page, size).stream()
                .map(one -> new StandingMember(one.areaCode(), areas.find(one.areaCode()).map(AreaDirectoryDocument::name).orElse(null),
                        one.value())).toList(), page, size, counted.size());
    }

    /** A page of the areas behind a standing's count ({@code total}: how many areas). */
    record StandingMembers(String areaCode, String name, int year, String figure, Instant knownAt, List<StandingMember> items, int page,
                           int size, int total) {
    }

    /** An area and the number it adds to the figure (1 for a commune of a key-area type). */
    record StandingMember(String areaCode, String name, long value) {
    }

    /** An area's {@link AreaStanding} in a year, named. */
    record DrugFreeProgress(String areaCode, String name, String level, int year, Instant knownAt, AreaStanding.DrugFree drugFree,
                            Map<String, Long> keyAreaTypes, AreaStanding.Facts facts) {
    }

    /**
     * The subjects behind a count of {@code /subjects} (drill-down), a page at a time: {@code figure} names the count as
     * the periodic report's rows do ({@code subjects.byCategory.ADDICT}, …), for the same area, day and moment.
     * Officers, steering members and village heads get registry subject ids (names stay in the registry, read there under
     * its audit), analysts pseudonyms, as in their export; every page is recorded in reporting's access audit.
     */
    @GetMapping("/subjects/members")
    Members members(@RequestParam @AreaCode String areaCode, @RequestParam String figure,
                    @RequestParam(required = false) @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @RequestParam(required = false) @PastOrPresent Instant knownAt,
                    @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        access.requireStatistics(areaCode, "areaCode");
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        var counted = SubjectStatistics.figure(figure, day).orElseThrow(() -> Refusal.invalid("FIGURE_UNKNOWN",
                "Không có chỉ tiêu này: subjects.total, subjects.byCategory.ADDICT, subjects.testOverdue, …",
                new FieldProblem("figure", "FIGURE_UNKNOWN", "Không có chỉ tiêu này.")));
        AreaDirectoryDocument area = access.known(areaCode);
        List<SubjectStatus> members = asOfReport.members(area, counted, day, knownAt);
        List<SubjectStatus> shown = StatisticsAccess.page(members, page, size);
        accessLog.read(shown.stream().map(SubjectStatus::subjectId).toList());
        boolean analyst = StatisticsAccess.pseudonymised();
        return new Members(area.code(), area.name(), figure, day, knownAt, shown.stream().map(member -> new Member(
                analyst ? pseudonyms.of(member.subjectId()) : member.subjectId(), analyst ? null : "/api/subjects/" + member.subjectId(),
                member.communeCode(), member.villageCode())).toList(), page, size, members.size());
    }

    /** A page of the list behind a count ({@code total}: the count). */
    record Members(String areaCode, String name, String figure, LocalDate asOf, Instant knownAt, List<Member> items, int page, int size,
                   int total) {
    }

    /** {@code subject}: a registry subject id, or an analyst's pseudonym (then no {@code href}). */
    record Member(String subject, String href, String communeCode, String villageCode) {
    }

    /** {@link SubjectStatisticsReport.Report} with the day and moment it is as of. */
    record AsOfReport(String areaCode, String name, String level, LocalDate asOf, Instant knownAt, SubjectStatistics subjects,
                      List<SubjectStatisticsReport.Report> children) {
    }


    private static SummaryResponse summary(AreaDirectoryDocument area, Counts counts, SummaryResponse.Fight fight,
                                           List<SummaryResponse> children) {
        return new SummaryResponse(area.code(), area.name(), area.level(), null, SubjectCounts.of(counts), fight, children);
    }
}
