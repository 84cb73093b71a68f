package vn.pcmt.registry.domain;

/** How the person came to the police's attention. */
public enum FoundBy {
    /** rà soát từng hộ: "đi từng ngõ, gõ từng nhà, rà từng người" */
    DOOR_TO_DOOR_REVIEW,
    DRUG_TEST,
    CASE,
    SELF_DECLARATION,
    TRANSFER
}
