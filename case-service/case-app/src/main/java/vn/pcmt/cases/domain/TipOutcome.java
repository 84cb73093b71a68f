package vn.pcmt.cases.domain;

/** What a verified tip became: a case, a hotspot or a registry subject (the id of which is the tip's reference). */
public enum TipOutcome {
    CASE,
    HOTSPOT,
    SUBJECT
}
