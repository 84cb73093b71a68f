package vn.pcmt.cases.domain;

/** Who caused a serious incident (seed 002, criterion 8): an addict, an illegal user, or a person with psychosis signs. */
public enum IncidentCause {
    ADDICT,
    ILLEGAL_USER,
    PSYCHOSIS_SIGNS
}
