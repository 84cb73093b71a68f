package vn.pcmt.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;

import jakarta.validation.constraints.PastOrPresent;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.reporting.domain.statistics.CaseFlows;
import vn.pcmt.reporting.domain.statistics.Kpi;
import vn.pcmt.reporting.domain.statistics.ReportingPeriod;
import vn.pcmt.reporting.domain.statistics.SubjectFlows;
import vn.pcmt.reporting.domain.statistics.SubjectStatistics;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.reporting.query.subjectstatistics.SubjectStatisticsReport;
import vn.pcmt.reporting.query.subjectstatistics.SubjectStatisticsReport.Periodic;
import vn.pcmt.reporting.query.subjectstatistics.SubjectStatisticsReport.PeriodicChild;

/**
 * Periodic reports (API.md, "Reports"): {@code period} a half-year ({@code 2026-H1}: 15/12–14/6), a year ({@code 2026}:
 * 15/12–14/12) or a range ({@code 2026-01-01..2026-03-31}), as known at {@code knownAt} (reproducible after
 * corrections). JSON, or CSV ({@code Accept: text/csv}, UTF-8 with a byte-order mark so spreadsheet programs show the
 * Vietnamese names): one row per figure of the area and of each child.
 */
@RestController
@Validated
public class PeriodicReportController {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final AreaDirectoryRepository areas;
    private final SubjectStatisticsReport reports;
    private final StatisticsAccess access;
    private final Clock clock;

    public PeriodicReportController(AreaDirectoryRepository areas, SubjectStatisticsReport reports, StatisticsAccess access, Clock clock) {
        this.areas = areas;
        this.reports = reports;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping(path = "/api/reports/periodic", produces = MediaType.APPLICATION_JSON_VALUE)
    Periodic periodic(@RequestParam @AreaCode String areaCode, @RequestParam String period,
                      @RequestParam(required = false) @PastOrPresent Instant knownAt) {
        access.requireStatistics(areaCode, "areaCode");
        ReportingPeriod reported = ReportingPeriod.parse(period).orElseThrow(() -> Refusal.invalid("PERIOD_INVALID",
                "Kỳ báo cáo không hợp lệ: 2026-H1 (15/12–14/6), 2026-H2 (15/6–14/12), 2026 (15/12–14/12) hoặc 2026-01-01..2026-03-31.",
                new FieldProblem("period", "PERIOD_INVALID", "Kỳ báo cáo không hợp lệ.")));
        LocalDate today = LocalDate.now(clock);
        if (reported.from().isAfter(today)) {
            throw Refusal.invalid("PERIOD_NOT_STARTED", "Kỳ báo cáo chưa bắt đầu.",
                    new FieldProblem("period", "PERIOD_NOT_STARTED", "Kỳ báo cáo chưa bắt đầu."));
        }
        AreaDirectoryDocument area = areas.findById(areaCode)
                .orElseThrow(() -> Refusal.notFound("AREA_UNKNOWN", "Không có địa bàn mã " + areaCode + "."));
        return reports.periodic(area, reported, today, knownAt);
    }

    @GetMapping(path = "/api/reports/periodic", produces = "text/csv")
    ResponseEntity<byte[]> periodicCsv(@RequestParam @AreaCode String areaCode, @RequestParam String period,
                                       @RequestParam(required = false) @PastOrPresent Instant knownAt) {
        Periodic report = periodic(areaCode, period, knownAt);
        StringBuilder csv = new StringBuilder("areaCode,name,figure,atStart,atEnd,duringPeriod\n");
        rows(csv, report.areaCode(), report.name(), report.atStart(), report.atEnd(), report.flows(), report.cases());
        for (Kpi kpi : report.kpis()) {
            String figure = "kpi." + kpi.id();
            csv.append(report.areaCode()).append(',').append(quoted(report.name())).append(',').append(figure).append(".value,,")
                    .append(kpi.value() == null ? "" : kpi.value().toPlainString()).append(",\n");
            csv.append(report.areaCode()).append(',').append(quoted(report.name())).append(',').append(figure).append(".target,,")
                    .append(kpi.target()).append(",\n");
            csv.append(report.areaCode()).append(',').append(quoted(report.name())).append(',').append(figure).append(".met,,")
                    .append(kpi.met() == null ? "" : kpi.met()).append(",\n");
        }
        for (PeriodicChild child : report.children()) {
            rows(csv, child.areaCode(), child.name(), child.atStart(), child.atEnd(), child.flows(), child.cases());
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[BYTE_ORDER_MARK.length + text.length];
        System.arraycopy(BYTE_ORDER_MARK, 0, body, 0, BYTE_ORDER_MARK.length);
        System.arraycopy(text, 0, body, BYTE_ORDER_MARK.length, text.length);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"pcmt-" + report.areaCode() + "-" + report.period().name() + ".csv\"")
                .body(body);
    }

    private static void rows(StringBuilder csv, String code, String name, SubjectStatistics start, SubjectStatistics end, SubjectFlows flows,
                             CaseFlows cases) {
        row(csv, code, name, "subjects.total", start.total(), end.total());
        breakdown(csv, code, name, "subjects.byCategory", start.byCategory(), end.byCategory());
        breakdown(csv, code, name, "subjects.byTreatment", start.byTreatment(), end.byTreatment());
        breakdown(csv, code, name, "subjects.byFlag", start.byFlag(), end.byFlag());
        breakdown(csv, code, name, "subjects.bySex", start.bySex(), end.bySex());
        breakdown(csv, code, name, "subjects.byAgeBand", start.byAgeBand(), end.byAgeBand());
        row(csv, code, name, "subjects.testOverdue", start.testOverdue(), end.testOverdue());
        row(csv, code, name, "subjects.underManagement", start.underManagement(), end.underManagement());
        if (flows != null) {
            flow(csv, code, name, "found", flows.found());
            flow(csv, code, name, "leftList", flows.leftList());
            flow(csv, code, name, "tests", flows.tests());
            flow(csv, code, name, "positiveTests", flows.positiveTests());
        }
        if (cases != null) {
            flow(csv, code, name, "hotspots.identified", cases.hotspotsIdentified());
            flow(csv, code, name, "hotspots.eliminated", cases.hotspotsEliminated());
            flow(csv, code, name, "hotspots.reEmerged", cases.hotspotsReEmerged());
            csv.append(code).append(',').append(quoted(name)).append(",hotspots.active,,").append(cases.hotspotsActiveAtEnd()).append(",\n");
            cases.casesByArticle().forEach((article, count) -> flow(csv, code, name, "cases.byArticle." + article, count));
            flow(csv, code, name, "cases.article256a", cases.article256aCases());
            flow(csv, code, name, "arrests", cases.arrests());
            flow(csv, code, name, "cultivation.plants", cases.plantsDestroyed());
            csv.append(code).append(',').append(quoted(name)).append(",cultivation.areaM2,,,").append(cases.cultivationAreaM2().toPlainString())
                    .append('\n');
        }
    }

    private static void breakdown(StringBuilder csv, String code, String name, String figure, Map<String, Long> start, Map<String, Long> end) {
        TreeSet<String> keys = new TreeSet<>(start.keySet());
        keys.addAll(end.keySet());
        keys.forEach(key -> row(csv, code, name, figure + "." + key, start.getOrDefault(key, 0L), end.getOrDefault(key, 0L)));
    }

    private static void row(StringBuilder csv, String code, String name, String figure, long start, long end) {
        csv.append(code).append(',').append(quoted(name)).append(',').append(figure).append(',').append(start).append(',').append(end)
                .append(",\n");
    }

    private static void flow(StringBuilder csv, String code, String name, String figure, long during) {
        csv.append(code).append(',').append(quoted(name)).append(',').append(figure).append(",,,").append(during).append('\n');
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
