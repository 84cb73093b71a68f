package vn.pcmt.assessment.web;

import org.springframework.stereotype.Component;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/** The area a request names: unknown in the path is 404, unknown in the body is 422 on the field that names it. */
@Component
class KnownAreas {

    private final AreaDirectoryRepository areas;

    KnownAreas(AreaDirectoryRepository areas) {
        this.areas = areas;
    }

    AreaDirectoryDocument addressed(String code) {
        return areas.findById(code).orElseThrow(() -> Refusal.notFound("AREA_UNKNOWN", "Không có địa bàn mã " + code + "."));
    }

    AreaDirectoryDocument referenced(String code, String field) {
        return areas.findById(code).orElseThrow(() -> Refusal.ruleViolated("AREA_UNKNOWN", "Không có địa bàn mã " + code + ".",
                new FieldProblem(field, "AREA_UNKNOWN", "Không có địa bàn mã này.")));
    }
}
