package vn.pcmt.cases.domain;

import java.util.List;

/**
 * Where a case stands. A criminal case: source received (tiếp nhận nguồn tin) → prosecuted (khởi tố) → investigation
 * concluded (kết thúc điều tra) → indicted (truy tố) → tried (xét xử) → closed. An administrative violation: source
 * received → sanctioned (ra quyết định xử phạt / áp dụng biện pháp) → closed. A case moves one stage at a time, and may
 * be closed from the stages its {@link ClosureReason} allows.
 */
public enum CaseStage {
    SOURCE_RECEIVED,
    PROSECUTED,
    INVESTIGATED,
    INDICTED,
    TRIED,
    SANCTIONED,
    CLOSED;

    private static final List<CaseStage> CRIMINAL = List.of(SOURCE_RECEIVED, PROSECUTED, INVESTIGATED, INDICTED, TRIED, CLOSED);
    private static final List<CaseStage> ADMINISTRATIVE = List.of(SOURCE_RECEIVED, SANCTIONED, CLOSED);

    /** Whether a case of {@code kind} at {@code current} may reach this stage next (closing also needs its reason's consent). */
    public boolean follows(CaseKind kind, CaseStage current) {
        List<CaseStage> order = kind == CaseKind.CRIMINAL ? CRIMINAL : ADMINISTRATIVE;
        if (!order.contains(this) || current == CLOSED) {
            return false;
        }
        return this == CLOSED || order.indexOf(this) == order.indexOf(current) + 1;
    }
}
