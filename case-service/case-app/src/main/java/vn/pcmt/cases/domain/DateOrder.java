package vn.pcmt.cases.domain;

import java.time.LocalDate;

import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/** A step is never dated before the step it follows. */
final class DateOrder {

    private DateOrder() {
    }

    /** Refuses ({@code DATE_ORDER} on {@code field}) a {@code date} before {@code earliest}. */
    static void requireNotBefore(LocalDate date, LocalDate earliest, String field) {
        if (date.isBefore(earliest)) {
            throw Refusal.ruleViolated("DATE_ORDER", "Ngày " + date + " trước ngày " + earliest + " đã ghi nhận.",
                    new FieldProblem(field, "DATE_ORDER", "Ngày không hợp lệ."));
        }
    }
}
