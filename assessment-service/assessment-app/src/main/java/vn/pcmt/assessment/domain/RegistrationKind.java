package vn.pcmt.assessment.domain;

/** Registering to build (xây dựng) a drug-free area, or to maintain (giữ vững) one recognised the year before. */
public enum RegistrationKind {
    BUILD,
    MAINTAIN
}
