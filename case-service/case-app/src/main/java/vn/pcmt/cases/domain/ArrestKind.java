package vn.pcmt.cases.domain;

/** How a person was arrested (Criminal Procedure Code): caught in the act, emergency, by warrant, or as a wanted person. */
public enum ArrestKind {
    CAUGHT_IN_ACT,
    EMERGENCY,
    WARRANT,
    WANTED
}
