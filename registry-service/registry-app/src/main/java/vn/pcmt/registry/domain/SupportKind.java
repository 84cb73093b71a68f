package vn.pcmt.registry.domain;

/** Help given for reintegration (seed 002, criterion 5: post-rehab persons supported to find work). */
public enum SupportKind {
    JOB,
    /** vay vốn, e.g. under Decision 08/QĐ-TTg 2026 */
    LOAN,
    VOCATIONAL_TRAINING,
    OTHER
}
