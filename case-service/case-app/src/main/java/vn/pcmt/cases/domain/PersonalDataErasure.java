package vn.pcmt.cases.domain;

import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * The refusals every record naming persons shares at the end of retention: erasure waits until the record is closed
 * (then {@link vn.pcmt.platform.privacy.Retention} decides when), and an erased record takes no new personal data.
 */
final class PersonalDataErasure {

    private PersonalDataErasure() {
    }

    /** 422 {@code TRANSITION_NOT_ALLOWED}: {@code record} ("Vụ", "Tin báo"...) is still open. */
    static Refusal stillOpen(String record, String field) {
        return Refusal.ruleViolated("TRANSITION_NOT_ALLOWED", record + " chưa kết thúc; chỉ xóa thông tin nhân thân khi đã kết thúc "
                + "và hết thời hạn lưu trữ.", new FieldProblem(field, "TRANSITION_NOT_ALLOWED", "Chưa kết thúc."));
    }

    /** 409 {@code PERSONS_ERASED}: the persons the record names were erased. */
    static Refusal erased() {
        return Refusal.conflict("PERSONS_ERASED", "Thông tin nhân thân trong hồ sơ đã được xóa khi hết thời hạn lưu trữ; hồ sơ không thể "
                + "thay đổi.");
    }
}
