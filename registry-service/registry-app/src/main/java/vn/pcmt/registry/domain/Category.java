package vn.pcmt.registry.domain;

/** Why a person is on the registry (DOMAIN.md glossary). */
public enum Category {
    SUSPECTED,
    ILLEGAL_USER,
    ADDICT,
    POST_REHAB,
    RELEASED_OFFENDER
}
