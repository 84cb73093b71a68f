package vn.pcmt.registry.domain;

/** Why a person leaves the list (đưa ra khỏi danh sách quản lý). */
public enum RemovalReason {
    DEATH,
    MANAGEMENT_ENDED,
    MOVED_ABROAD,
    /** recorded twice: merged into the surviving subject (never chosen on removal, set by a merge) */
    MERGED
}
