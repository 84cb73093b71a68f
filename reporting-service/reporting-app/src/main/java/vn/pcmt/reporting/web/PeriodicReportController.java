package vn.pcmt.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.reporting.domain.statistics.AreaStanding;
import vn.pcmt.reporting.domain.statistics.CaseEntry;
import vn.pcmt.reporting.domain.statistics.CaseFlows;
import vn.pcmt.reporting.domain.statistics.Kpi;
import vn.pcmt.reporting.domain.statistics.ReportingPeriod;
import vn.pcmt.reporting.domain.statistics.SubjectEntry;
import vn.pcmt.reporting.domain.statistics.SubjectFlows;
import vn.pcmt.reporting.domain.statistics.SubjectStatistics;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.reporting.query.eventlog.Pseudonyms;
import vn.pcmt.reporting.query.subjectstatistics.SubjectStatisticsReport;
import vn.pcmt.reporting.query.subjectstatistics.SubjectStatisticsReport.Periodic;
import vn.pcmt.reporting.query.subjectstatistics.SubjectStatisticsReport.PeriodicChild;

/**
 * Periodic reports (API.md, "Reports"): {@code period} a half-year ({@code 2026-H1}: 15/12–14/6), a year ({@code 2026}:
 * 15/12–14/12) or a range ({@code 2026-01-01..2026-03-31}), as known at {@code knownAt} (reproducible after
 * corrections). JSON; CSV ({@code Accept: text/csv}, UTF-8 with a byte-order mark so spreadsheet programs show the
 * Vietnamese names), XLSX ({@link Xlsx#MEDIA_TYPE}) or PDF ({@link Pdf}, figures labelled in Vietnamese): one row per
 * figure of the area and of each child.
 */
@RestController
@Validated
public class PeriodicReportController {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final SubjectStatisticsReport reports;
    private final StatisticsAccess access;
    private final Pseudonyms pseudonyms;
    private final AccessLog accessLog;
    private final Clock clock;

    public PeriodicReportController(SubjectStatisticsReport reports, StatisticsAccess access, Pseudonyms pseudonyms, AccessLog accessLog,
                                    Clock clock) {
        this.pseudonyms = pseudonyms;
        this.accessLog = accessLog;
        this.reports = reports;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping(path = "/api/reports/periodic", produces = MediaType.APPLICATION_JSON_VALUE)
    Periodic periodic(@RequestParam @AreaCode String areaCode, @RequestParam String period,
                      @RequestParam(required = false) @PastOrPresent Instant knownAt) {
        access.requireStatistics(areaCode, "areaCode");
        ReportingPeriod reported = started(period);
        return reports.periodic(access.known(areaCode), reported, LocalDate.now(clock), knownAt);
    }

    /**
     * The facts behind a hotspot, case, arrest or cultivation count of the periodic report (drill-down), a page at a
     * time: {@code figure} names the count as the report's rows do ({@code hotspots.eliminated}, {@code cases.byArticle.249},
     * {@code arrests}, …), for the same area, period and moment. Each fact links to its hotspot or case in case-service
     * (analysts get pseudonyms instead, as in their export). Not recorded in the access audit: a fact names no person
     * (an arrest shows its case, day and commune); reading the case that does is audited by case-service.
     */
    @GetMapping(path = "/api/reports/cases/members", produces = MediaType.APPLICATION_JSON_VALUE)
    CaseMembers caseMembers(@RequestParam @AreaCode String areaCode, @RequestParam String period, @RequestParam String figure,
                            @RequestParam(required = false) @PastOrPresent Instant knownAt,
                            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        access.requireStatistics(areaCode, "areaCode");
        ReportingPeriod reported = started(period);
        AreaDirectoryDocument area = access.known(areaCode);
        List<CaseEntry> facts = reports.caseFacts(area, reported, LocalDate.now(clock), knownAt, figure).orElseThrow(() -> Refusal.invalid(
                "FIGURE_UNKNOWN", "Không có chỉ tiêu này: hotspots.identified, hotspots.eliminated, cases.byArticle.249, arrests, …",
                new FieldProblem("figure", "FIGURE_UNKNOWN", "Không có chỉ tiêu này.")));
        boolean analyst = StatisticsAccess.pseudonymised();
        return new CaseMembers(area.code(), area.name(), figure, reported, knownAt, StatisticsAccess.page(facts, page, size).stream()
                .map(fact -> CaseMember.of(fact, analyst ? pseudonyms::of : null)).toList(), page, size, facts.size());
    }

    /**
     * The entries behind a flow of the periodic report (drill-down): {@code found}, {@code leftList}, {@code tests} or
     * {@code positiveTests} for the same area, period and moment, a page at a time, each with its subject (registry id
     * and link for officers, pseudonym for analysts) and day; every page is recorded in reporting's access audit.
     */
    @GetMapping(path = "/api/reports/flows/members", produces = MediaType.APPLICATION_JSON_VALUE)
    FlowMembers flowMembers(@RequestParam @AreaCode String areaCode, @RequestParam String period, @RequestParam String figure,
                            @RequestParam(required = false) @PastOrPresent Instant knownAt,
                            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        access.requireStatistics(areaCode, "areaCode");
        ReportingPeriod reported = started(period);
        AreaDirectoryDocument area = byCommune(access.known(areaCode));
        List<SubjectEntry> entries = reports.flowEntries(area, reported, knownAt, figure).orElseThrow(() -> Refusal.invalid("FIGURE_UNKNOWN",
                "Không có chỉ tiêu này: found, leftList, tests, positiveTests.", new FieldProblem("figure", "FIGURE_UNKNOWN", "Không có chỉ tiêu này.")));
        List<SubjectEntry> shown = StatisticsAccess.page(entries, page, size);
        accessLog.read(shown.stream().map(SubjectEntry::subjectId).distinct().toList());
        boolean analyst = StatisticsAccess.pseudonymised();
        return new FlowMembers(area.code(), area.name(), figure, reported, knownAt, shown.stream().map(entry -> new FlowMember(
                analyst ? pseudonyms.of(entry.subjectId()) : entry.subjectId(), analyst ? null : "/api/subjects/" + entry.subjectId(),
                entry.on(), entry.areaCode(), entry.detail())).toList(), page, size, entries.size());
    }

    /**
     * What a programme target of the periodic report counts (drill-down): {@code kpi} as the report names it
     * ({@code TREATMENT_REACH}, {@code HOTSPOTS_ELIMINATED}, {@code HOTSPOTS_ELIMINATED_GROWTH}, {@code KEY_AREAS_TRANSFORMED},
     * {@code TRANSFORMED_NOT_RELAPSING}, {@code DRUG_FREE_CHILDREN}), its {@code numerator} or {@code denominator}, for
     * the same area, period and moment, a page at a time: subjects (registry ids and links for officers, pseudonyms for
     * analysts; every page in reporting's access audit), hotspots (linked to case-service, pseudonyms for analysts) or
     * areas (communes, villages). {@code total} is the numerator or denominator the report shows.
     */
    @GetMapping(path = "/api/reports/kpis/members", produces = MediaType.APPLICATION_JSON_VALUE)
    KpiMembers kpiMembers(@RequestParam @AreaCode String areaCode, @RequestParam String period, @RequestParam String kpi,
                          @RequestParam @Pattern(regexp = "numerator|denominator", message = "numerator hoặc denominator.") String part,
                          @RequestParam(required = false) @PastOrPresent Instant knownAt,
                          @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        access.requireStatistics(areaCode, "areaCode");
        ReportingPeriod reported = started(period);
        AreaDirectoryDocument area = byCommune(access.known(areaCode));
        List<SubjectStatisticsReport.KpiMember> members = reports.kpiMembers(area, reported, LocalDate.now(clock), knownAt, kpi,
                "numerator".equals(part)).orElseThrow(() -> Refusal.invalid("KPI_UNKNOWN", "Không có chỉ tiêu này: "
                + String.join(", ", SubjectStatisticsReport.KPIS.stream().sorted().toList()) + ".",
                new FieldProblem("kpi", "KPI_UNKNOWN", "Không có chỉ tiêu này.")));
        List<SubjectStatisticsReport.KpiMember> shown = StatisticsAccess.page(members, page, size);
        List<String> subjects = shown.stream().filter(member -> member.kind() == SubjectStatisticsReport.KpiMember.Kind.SUBJECT)
                .map(SubjectStatisticsReport.KpiMember::reference).toList();
        if (!subjects.isEmpty()) {
            accessLog.read(subjects);
        }
        UnaryOperator<String> pseudonym = StatisticsAccess.pseudonymised() ? pseudonyms::of : null;
        return new KpiMembers(area.code(), area.name(), kpi, part, reported, knownAt, shown.stream().map(member -> KpiMember.of(member, pseudonym))
                .toList(), page, size, members.size());
    }

    /** A page of what a programme target's numerator or denominator counts ({@code total}: that number). */
    record KpiMembers(String areaCode, String name, String kpi, String part, ReportingPeriod period, Instant knownAt, List<KpiMember> items,
                      int page, int size, int total) {
    }

    /**
     * One thing counted: a subject ({@code detail} their category), a hotspot ({@code on} and {@code detail} its latest
     * stage by the day counted) or an area ({@code on} and {@code detail} a key commune's transformation stage), with
     * its {@code href} (none for an area, nor for analysts, who get a pseudonym of a subject or hotspot).
     */
    record KpiMember(String kind, String reference, String href, LocalDate on, String communeCode, String villageCode, String detail) {

        static KpiMember of(SubjectStatisticsReport.KpiMember member, UnaryOperator<String> pseudonym) {
            String href = switch (member.kind()) {
                case SUBJECT -> "/api/subjects/" + member.reference();
                case HOTSPOT -> "/api/hotspots/" + member.reference();
                case AREA -> null;
            };
            boolean hidden = pseudonym != null && member.kind() != SubjectStatisticsReport.KpiMember.Kind.AREA;
            return new KpiMember(member.kind().name(), hidden ? pseudonym.apply(member.reference()) : member.reference(), hidden ? null : href,
                    member.on(), member.communeCode(), member.villageCode(), member.detail());
        }
    }

    /** A page of the entries behind a flow ({@code total}: the flow). */
    record FlowMembers(String areaCode, String name, String figure, ReportingPeriod period, Instant knownAt, List<FlowMember> items, int page,
                       int size, int total) {
    }

    /** {@code subject}: a registry subject id, or an analyst's pseudonym (then no {@code href}); {@code detail}: a test's result. */
    record FlowMember(String subject, String href, LocalDate on, String communeCode, String detail) {
    }

    /**
     * A page of the facts behind a count ({@code total}: the count; for {@code cultivation.plants} and
     * {@code cultivation.areaM2}, the number of incidents whose plants or area the figure adds up).
     */
    record CaseMembers(String areaCode, String name, String figure, ReportingPeriod period, Instant knownAt, List<CaseMember> items, int page,
                       int size, int total) {
    }

    /**
     * One fact: what it is, its hotspot, case (an arrest's case) or cultivation incident, and its {@code href} in
     * case-service (none for an incident, which has no page of its own, nor for analysts, who get a pseudonym).
     */
    record CaseMember(String kind, String reference, String href, LocalDate on, String communeCode, String detail) {

        static CaseMember of(CaseEntry fact, UnaryOperator<String> pseudonym) {
            String href = switch (fact.kind()) {
                case HOTSPOT_IDENTIFIED, HOTSPOT_STAGE -> "/api/hotspots/" + fact.reference();
                case CASE_OPENED, ARREST -> "/api/cases/" + fact.reference();
                case CULTIVATION_DESTROYED -> null;
            };
            return pseudonym == null ? new CaseMember(fact.kind().name(), fact.reference(), href, fact.on(), fact.communeCode(), fact.detail())
                    : new CaseMember(fact.kind().name(), pseudonym.apply(fact.reference()), null, fact.on(), fact.communeCode(), fact.detail());
        }
    }

    /** @throws Refusal 400 {@code PERIOD_INVALID}, {@code PERIOD_NOT_STARTED} */
    private ReportingPeriod started(String period) {
        ReportingPeriod reported = ReportingPeriod.parse(period).orElseThrow(() -> Refusal.invalid("PERIOD_INVALID",
                "Kỳ báo cáo không hợp lệ: 2026-H1 (15/12–14/6), 2026-H2 (15/6–14/12), 2026 (15/12–14/12) hoặc 2026-01-01..2026-03-31.",
                new FieldProblem("period", "PERIOD_INVALID", "Kỳ báo cáo không hợp lệ.")));
        if (reported.from().isAfter(LocalDate.now(clock))) {
            throw Refusal.invalid("PERIOD_NOT_STARTED", "Kỳ báo cáo chưa bắt đầu.",
                    new FieldProblem("period", "PERIOD_NOT_STARTED", "Kỳ báo cáo chưa bắt đầu."));
        }
        return reported;
    }

    /** @throws Refusal 400 {@code FIGURE_NOT_BY_VILLAGE}: subject flows and programme targets are counted by commune, not by village */
    private static AreaDirectoryDocument byCommune(AreaDirectoryDocument area) {
        if ("VILLAGE".equals(area.level())) {
            throw Refusal.invalid("FIGURE_NOT_BY_VILLAGE", "Chỉ tiêu phát hiện, xét nghiệm và mục tiêu của kế hoạch được thống kê theo xã.",
                    new FieldProblem("areaCode", "FIGURE_NOT_BY_VILLAGE", "Chọn xã hoặc tỉnh."));
        }
        return area;
    }


    @GetMapping(path = "/api/reports/periodic", produces = "text/csv")
    ResponseEntity<byte[]> periodicCsv(@RequestParam @AreaCode String areaCode, @RequestParam String period,
                                       @RequestParam(required = false) @PastOrPresent Instant knownAt) {
        Periodic report = periodic(areaCode, period, knownAt);
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (Row row : table(report)) {
            csv.append(row.areaCode()).append(',').append(quoted(row.name())).append(',').append(row.figure()).append(',')
                    .append(text(row.atStart())).append(',').append(text(row.atEnd())).append(',').append(text(row.duringPeriod())).append('\n');
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[BYTE_ORDER_MARK.length + text.length];
        System.arraycopy(BYTE_ORDER_MARK, 0, body, 0, BYTE_ORDER_MARK.length);
        System.arraycopy(text, 0, body, BYTE_ORDER_MARK.length, text.length);
        return file(report, "csv", MediaType.parseMediaType("text/csv;charset=UTF-8"), body);
    }

    @GetMapping(path = "/api/reports/periodic", produces = Xlsx.MEDIA_TYPE)
    ResponseEntity<byte[]> periodicXlsx(@RequestParam @AreaCode String areaCode, @RequestParam String period,
                                        @RequestParam(required = false) @PastOrPresent Instant knownAt) {
        Periodic report = periodic(areaCode, period, knownAt);
        return file(report, "xlsx", MediaType.parseMediaType(Xlsx.MEDIA_TYPE), Xlsx.of(report.period().name(), cells(HEADER, report)));
    }

    @GetMapping(path = "/api/reports/periodic", produces = Pdf.MEDIA_TYPE)
    ResponseEntity<byte[]> periodicPdf(@RequestParam @AreaCode String areaCode, @RequestParam String period,
                                       @RequestParam(required = false) @PastOrPresent Instant knownAt) {
        Periodic report = periodic(areaCode, period, knownAt);
        String title = "Báo cáo kết quả phòng, chống ma túy kỳ " + report.period().name() + ": " + report.name();
        String subtitle = "Từ " + DAY.format(report.period().from()) + " đến " + DAY.format(report.period().to())
                + (report.complete() ? "" : " (kỳ chưa kết thúc: số liệu đến " + DAY.format(report.asOf()) + ")")
                + (report.knownAt() == null ? "" : "; theo dữ liệu ghi nhận đến " + report.knownAt());
        return file(report, "pdf", MediaType.APPLICATION_PDF, Pdf.of(title, subtitle, cells(PDF_HEADER, report)));
    }

    private static final String[] PDF_HEADER = {"Mã địa bàn", "Tên địa bàn", "Chỉ tiêu", "Đầu kỳ", "Cuối kỳ", "Trong kỳ"};
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static ResponseEntity<byte[]> file(Periodic report, String extension, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", "attachment; filename=\"pcmt-" + report.areaCode() + "-" + report.period().name() + "." + extension
                        + "\"").body(body);
    }

    static final String[] HEADER = {"areaCode", "name", "figure", "atStart", "atEnd", "duringPeriod"};

    /** The header, then a row of cells for each figure of the report. */
    private static List<List<Object>> cells(String[] header, Periodic report) {
        List<List<Object>> cells = new ArrayList<>();
        cells.add(List.of((Object[]) header));
        for (Row row : table(report)) {
            cells.add(Arrays.asList(row.areaCode(), row.name(), row.figure(), row.atStart(), row.atEnd(), row.duringPeriod()));
        }
        return cells;
    }

    /** One figure of the report: its value on the day before the period, on its last day, or during it. */
    record Row(String areaCode, String name, String figure, Object atStart, Object atEnd, Object duringPeriod) {
    }

    /** Every figure of the area, its KPIs, then every figure of each child. */
    static List<Row> table(Periodic report) {
        List<Row> rows = new ArrayList<>();
        rows(rows, report.areaCode(), report.name(), report.atStart(), report.atEnd(), report.flows(), report.cases());
        standing(rows, report.areaCode(), report.name(), report.standing());
        for (Kpi kpi : report.kpis()) {
            String figure = "kpi." + kpi.id();
            rows.add(new Row(report.areaCode(), report.name(), figure + ".value", null, kpi.value(), null));
            rows.add(new Row(report.areaCode(), report.name(), figure + ".target", null, kpi.target(), null));
            rows.add(new Row(report.areaCode(), report.name(), figure + ".met", null, kpi.met(), null));
        }
        for (PeriodicChild child : report.children()) {
            rows(rows, child.areaCode(), child.name(), child.atStart(), child.atEnd(), child.flows(), child.cases());
            standing(rows, child.areaCode(), child.name(), child.standing());
        }
        return rows;
    }

    private static void rows(List<Row> rows, String code, String name, SubjectStatistics start, SubjectStatistics end, SubjectFlows flows,
                             CaseFlows cases) {
        rows.add(new Row(code, name, "subjects.total", start.total(), end.total(), null));
        breakdown(rows, code, name, "subjects.byCategory", start.byCategory(), end.byCategory());
        breakdown(rows, code, name, "subjects.byTreatment", start.byTreatment(), end.byTreatment());
        breakdown(rows, code, name, "subjects.byFlag", start.byFlag(), end.byFlag());
        breakdown(rows, code, name, "subjects.bySex", start.bySex(), end.bySex());
        breakdown(rows, code, name, "subjects.byAgeBand", start.byAgeBand(), end.byAgeBand());
        rows.add(new Row(code, name, "subjects.testOverdue", start.testOverdue(), end.testOverdue(), null));
        rows.add(new Row(code, name, "subjects.underManagement", start.underManagement(), end.underManagement(), null));
        if (flows != null) {
            rows.add(new Row(code, name, "found", null, null, flows.found()));
            rows.add(new Row(code, name, "leftList", null, null, flows.leftList()));
            rows.add(new Row(code, name, "tests", null, null, flows.tests()));
            rows.add(new Row(code, name, "positiveTests", null, null, flows.positiveTests()));
        }
        if (cases != null) {
            rows.add(new Row(code, name, "hotspots.identified", null, null, cases.hotspotsIdentified()));
            rows.add(new Row(code, name, "hotspots.eliminated", null, null, cases.hotspotsEliminated()));
            rows.add(new Row(code, name, "hotspots.reEmerged", null, null, cases.hotspotsReEmerged()));
            rows.add(new Row(code, name, "hotspots.active", null, cases.hotspotsActiveAtEnd(), null));
            cases.casesByArticle().forEach((article, count) -> rows.add(new Row(code, name, "cases.byArticle." + article, null, null, count)));
            rows.add(new Row(code, name, "cases.article256a", null, null, cases.article256aCases()));
            rows.add(new Row(code, name, "arrests", null, null, cases.arrests()));
            rows.add(new Row(code, name, "cultivation.plants", null, null, cases.plantsDestroyed()));
            rows.add(new Row(code, name, "cultivation.areaM2", null, null, cases.cultivationAreaM2()));
        }
    }

    /** The area's standing in the period's programme year, by the decisions known at the report's {@code knownAt}. */
    private static void standing(List<Row> rows, String code, String name, AreaStanding standing) {
        AreaStanding.DrugFree drugFree = standing.drugFree();
        if (drugFree.children() > 0) {
            rows.add(new Row(code, name, "drugFree.children", null, drugFree.children(), null));
            rows.add(new Row(code, name, "drugFree.recognized", null, drugFree.recognized().size(), null));
            rows.add(new Row(code, name, "drugFree.kept", null, drugFree.kept().size(), null));
            rows.add(new Row(code, name, "drugFree.fresh", null, drugFree.fresh().size(), null));
            rows.add(new Row(code, name, "drugFree.lost", null, drugFree.lost().size(), null));
            rows.add(new Row(code, name, "drugFree.percent", null, drugFree.percent(), null));
        }
        standing.keyAreaTypes().forEach((type, count) -> rows.add(new Row(code, name, "keyAreaTypes." + type, null, count, null)));
        if (standing.facts() != null) {
            rows.add(new Row(code, name, "households", null, standing.facts().households(), null));
            rows.add(new Row(code, name, "householdsCommitted", null, standing.facts().householdsCommitted(), null));
            rows.add(new Row(code, name, "preventionModels", null, standing.facts().preventionModels(), null));
            rows.add(new Row(code, name, "preventionModels.effective", null, standing.facts().effectivePreventionModels(), null));
        }
    }

    private static void breakdown(List<Row> rows, String code, String name, String figure, Map<String, Long> start, Map<String, Long> end) {
        TreeSet<String> keys = new TreeSet<>(start.keySet());
        keys.addAll(end.keySet());
        keys.forEach(key -> rows.add(new Row(code, name, figure + "." + key, start.getOrDefault(key, 0L), end.getOrDefault(key, 0L), null)));
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** A text cell, quoted; one a spreadsheet would take for a formula is kept as text. */
    private static String quoted(String text) {
        String cell = text == null ? "" : text;
        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
