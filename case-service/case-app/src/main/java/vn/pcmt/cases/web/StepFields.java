package vn.pcmt.cases.web;

import java.util.Collection;

import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/** The fields a step of a {@code /steps} request needs, which Bean Validation cannot tell from the step alone. */
final class StepFields {

    private StepFields() {
    }

    static <T> T required(T value, String field) {
        if (value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty()) {
            throw Refusal.invalid("VALIDATION_FAILED", "Bước này cần trường " + field + ".",
                    new FieldProblem(field, "REQUIRED", "Không được để trống."));
        }
        return value;
    }
}
