package vn.pcmt.cases.domain;

/** What was seized (vật chứng): the drugs and precursors met in the seeds' reports. */
public enum SeizedSubstance {
    HEROIN,
    OPIUM,
    CANNABIS,
    METHAMPHETAMINE,
    MDMA,
    KETAMINE,
    COCAINE,
    /** ma túy tổng hợp dạng mới (cần sa tổng hợp, "nước vui", ...) */
    NEW_PSYCHOACTIVE,
    /** tiền chất */
    PRECURSOR,
    OTHER
}
