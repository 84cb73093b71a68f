package vn.pcmt.registry.domain;

/** The two kinds of management at residence the commune police run. */
public enum ManagementKind {
    /** quản lý người sử dụng trái phép chất ma túy */
    ILLEGAL_USER,
    /** quản lý sau cai nghiện ma túy */
    POST_REHAB
}
