package vn.pcmt.cases.domain;

/** The Criminal Code's (Art. 9) degrees: criterion 8 of the local scheme counts very and especially serious ones. */
public enum IncidentSeverity {
    LESS_SERIOUS,
    SERIOUS,
    VERY_SERIOUS,
    ESPECIALLY_SERIOUS;

    /** Whether the incident breaks criterion 8 ("no very or especially serious case"). */
    public boolean breaksCriterion8() {
        return this == VERY_SERIOUS || this == ESPECIALLY_SERIOUS;
    }
}
