package vn.pcmt.cases.domain;

import java.util.EnumSet;
import java.util.Set;

/** Why a case was closed, and the stages it may be closed from. */
public enum ClosureReason {
    /** không khởi tố vụ án */
    NOT_PROSECUTED(CaseKind.CRIMINAL, EnumSet.of(CaseStage.SOURCE_RECEIVED)),
    /** đình chỉ (điều tra, vụ án) */
    SUSPENDED(CaseKind.CRIMINAL, EnumSet.of(CaseStage.PROSECUTED, CaseStage.INVESTIGATED, CaseStage.INDICTED)),
    /** bản án đã tuyên */
    JUDGED(CaseKind.CRIMINAL, EnumSet.of(CaseStage.TRIED)),
    /** chuyển cơ quan có thẩm quyền: the case goes on elsewhere */
    TRANSFERRED(null, EnumSet.of(CaseStage.SOURCE_RECEIVED, CaseStage.PROSECUTED, CaseStage.INVESTIGATED, CaseStage.INDICTED)),
    /** không xử phạt */
    NOT_SANCTIONED(CaseKind.ADMINISTRATIVE, EnumSet.of(CaseStage.SOURCE_RECEIVED)),
    /** đã chấp hành quyết định xử phạt / biện pháp */
    SANCTION_EXECUTED(CaseKind.ADMINISTRATIVE, EnumSet.of(CaseStage.SANCTIONED));

    private final CaseKind kind;
    private final Set<CaseStage> from;

    ClosureReason(CaseKind kind, Set<CaseStage> from) {
        this.kind = kind;
        this.from = from;
    }

    /** Whether a case of {@code kind} at {@code stage} may be closed for this reason. */
    public boolean closes(CaseKind caseKind, CaseStage stage) {
        return (kind == null || kind == caseKind) && from.contains(stage);
    }
}
