package vn.pcmt.cases.domain;

/** received → triaged (handlers assigned) → verified → resolved (became a case, hotspot or subject) or dismissed. */
public enum TipStage {
    RECEIVED,
    TRIAGED,
    VERIFIED,
    RESOLVED,
    DISMISSED
}
