package vn.pcmt.reporting.web;

import java.util.List;
import java.util.Map;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.reporting.query.subjectresidence.CountSubjects;
import vn.pcmt.reporting.web.SummaryResponse.SubjectCounts;

@RestController
@RequestMapping("/api/reports")
@Validated
public class ReportController {

    private final AreaDirectoryRepository areas;
    private final CountSubjects countSubjects;
    private final StatisticsAccess access;

    public ReportController(AreaDirectoryRepository areas, CountSubjects countSubjects, StatisticsAccess access) {
        this.areas = areas;
        this.access = access;
        this.countSubjects = countSubjects;
    }

    /** Subjects by category in {@code areaCode} and in each of its communes (of a province) or villages (of a commune). */
    @GetMapping("/summary")
    SummaryResponse summary(@RequestParam @AreaCode String areaCode) {
        access.requireStatistics(areaCode, "areaCode");
        AreaDirectoryDocument area = areas.findById(areaCode)
                .orElseThrow(() -> Refusal.notFound("AREA_UNKNOWN", "Không có địa bàn mã " + areaCode + "."));
        List<AreaDirectoryDocument> children = areas.findByParentCodeOrderByCode(areaCode);
        return switch (area.level()) {
            case "PROVINCE" -> summary(area, countSubjects.inCommunes(children.stream().map(AreaDirectoryDocument::code).toList()),
                    children.stream().map(commune -> summary(commune, countSubjects.inCommunes(List.of(commune.code())), List.of())).toList());
            case "COMMUNE" -> summary(area, countSubjects.inCommunes(List.of(areaCode)),
                    children.stream().map(village -> summary(village, countSubjects.inVillage(village.code()), List.of())).toList());
            default -> summary(area, countSubjects.inVillage(areaCode), List.of());
        };
    }

    private static SummaryResponse summary(AreaDirectoryDocument area, Map<String, Long> counts, List<SummaryResponse> children) {
        return new SummaryResponse(area.code(), area.name(), area.level(), SubjectCounts.of(counts), children);
    }
}
