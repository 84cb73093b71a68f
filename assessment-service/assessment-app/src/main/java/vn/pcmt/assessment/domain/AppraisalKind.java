package vn.pcmt.assessment.domain;

/** Who appraised: the area itself (tự đánh giá) at the end of implementation, or the police in phase 2 (thẩm định). */
public enum AppraisalKind {
    SELF_ASSESSMENT,
    APPRAISAL
}
