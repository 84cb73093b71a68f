package vn.pcmt.cases.domain;

import java.util.Optional;

import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/** Case-service's copy of the area directory, kept from the assessment service's events. */
public interface AreaDirectory {

    /** The commune a village belongs to, if the village is known. */
    Optional<String> communeOfVillage(String villageCode);

    /** Like {@link #requireVillageOf}, for a record that must name its village ({@code REQUIRED} without one). */
    default void requireVillage(String communeCode, String villageCode, String field) {
        if (villageCode == null) {
            throw Refusal.invalid("VALIDATION_FAILED", "Thiếu thôn/xóm.", new FieldProblem(field, "REQUIRED", "Không được để trống."));
        }
        requireVillageOf(communeCode, villageCode, field);
    }

    /**
     * Refuses a village that is unknown or not in {@code communeCode} ({@code AREA_UNKNOWN}, the fault on {@code field});
     * without a village the commune code is taken as given (it may lie outside the directory, e.g. another province).
     */
    default void requireVillageOf(String communeCode, String villageCode, String field) {
        if (villageCode == null) {
            return;
        }
        String commune = communeOfVillage(villageCode).orElseThrow(() -> Refusal.ruleViolated("AREA_UNKNOWN",
                "Không có thôn/xóm mã " + villageCode + " trong danh mục địa bàn.",
                new FieldProblem(field, "AREA_UNKNOWN", "Không có địa bàn mã này.")));
        if (!commune.equals(communeCode)) {
            throw Refusal.ruleViolated("AREA_UNKNOWN", "Thôn/xóm " + villageCode + " không thuộc xã " + communeCode + ".",
                    new FieldProblem(field, "AREA_MISMATCH", "Thôn/xóm không thuộc xã đã chọn."));
        }
    }
}
