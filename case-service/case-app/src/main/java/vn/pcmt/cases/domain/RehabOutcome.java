package vn.pcmt.cases.domain;

/** How compulsory rehab ended: the term served, absconded, expelled, or a relapse. */
public enum RehabOutcome {
    COMPLETED,
    QUIT,
    EXPELLED,
    RELAPSED
}
