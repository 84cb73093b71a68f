package vn.pcmt.registry.domain;

public enum TreatmentOutcome {
    COMPLETED,
    QUIT,
    EXPELLED,
    RELAPSED
}
