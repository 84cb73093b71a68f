package vn.pcmt.cases.domain;

import java.util.Optional;

import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/** Case-service's copy of who is on the registry and where they live, kept from the registry's events. */
public interface SubjectDirectory {

    /** Where a subject lives now; empty when the registry has no such subject, or it left the list or was merged. */
    Optional<Residence> residenceOf(String subjectId);

    /**
     * Whether the registry flags the subject as without stable residence (NO_STABLE_RESIDENCE): their dossier is
     * prepared where the violation happened, not where they are registered. A directory that keeps no flags says no.
     */
    default boolean withoutStableResidence(String subjectId) {
        return false;
    }

    /** Where {@code subjectId} lives; refused ({@code SUBJECT_UNKNOWN} on {@code field}) when it is not on the registry's list. */
    default Residence require(String subjectId, String field) {
        return residenceOf(subjectId).orElseThrow(() -> Refusal.ruleViolated("SUBJECT_UNKNOWN",
                "Không có đối tượng " + subjectId + " trong danh sách quản lý (hoặc chưa đồng bộ từ hồ sơ đối tượng; thử lại sau ít giây).",
                new FieldProblem(field, "SUBJECT_UNKNOWN", "Không có đối tượng này trong danh sách quản lý.")));
    }
}
