package vn.pcmt.registry.domain;

/** Conditions the police must watch closely, raised and cleared with dates. */
public enum Flag {
    /** biểu hiện loạn thần, "ngáo đá" */
    PSYCHOSIS_SIGNS,
    /** không có nơi cư trú ổn định */
    NO_STABLE_RESIDENCE
}
