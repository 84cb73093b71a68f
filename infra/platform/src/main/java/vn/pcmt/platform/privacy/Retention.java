package vn.pcmt.platform.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.StringJoiner;

import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.Caller;
import vn.pcmt.platform.security.Roles;

/**
 * How long a person's name and identity number are kept once the record naming them is closed (a subject off the list,
 * a case closed, a gang dismantled, a tip settled, a wanted person caught): erasure may happen on the day it ends or
 * later, never before. The period is the province's records retention schedule ({@code pcmt.privacy.retention}).
 */
public record Retention(Period afterClosing) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Retention {
        if (afterClosing.isNegative() || afterClosing.isZero()) {
            throw new IllegalArgumentException("pcmt.privacy.retention must be a positive period, not " + afterClosing);
        }
    }

    /** Erasure at the end of retention is the administrators' alone: 403 {@code ADMINISTRATOR_ONLY} to anyone else. */
    public static void requireAdministrator() {
        if (Caller.current().map(Caller::role).filter(Roles.ADMINISTRATOR::equals).isEmpty()) {
            throw Refusal.forbidden("ADMINISTRATOR_ONLY", "Chỉ quản trị hệ thống được xóa thông tin nhân thân khi hết thời hạn lưu trữ.");
        }
    }

    /** The first day the personal data of a record closed on {@code closedOn} may be erased. */
    public LocalDate endsOn(LocalDate closedOn) {
        return closedOn.plus(afterClosing);
    }

    /**
     * @throws Refusal 422 {@code RETENTION_NOT_ENDED} naming {@code field} when {@code erasedOn} is before the end
     */
    public void requireEndedBy(LocalDate closedOn, LocalDate erasedOn, String field) {
        if (erasedOn.isBefore(endsOn(closedOn))) {
            String ends = DAY.format(endsOn(closedOn));
            throw Refusal.ruleViolated("RETENTION_NOT_ENDED", "Chưa hết thời hạn lưu trữ (" + inWords() + " kể từ ngày "
                    + DAY.format(closedOn) + "): chỉ được xóa thông tin nhân thân từ ngày " + ends + ".",
                    new FieldProblem(field, "RETENTION_NOT_ENDED", "Chưa hết thời hạn lưu trữ; sớm nhất là ngày " + ends + "."))
                    .with("retentionEndsOn", endsOn(closedOn));
        }
    }

    /** "5 năm", "1 năm 6 tháng", as officers read it. */
    String inWords() {
        StringJoiner words = new StringJoiner(" ");
        if (afterClosing.getYears() != 0) {
            words.add(afterClosing.getYears() + " năm");
        }
        if (afterClosing.getMonths() != 0) {
            words.add(afterClosing.getMonths() + " tháng");
        }
        if (afterClosing.getDays() != 0) {
            words.add(afterClosing.getDays() + " ngày");
        }
        return words.toString();
    }
}
