package vn.pcmt.registry.api.v1;

/** Sex as recorded on the citizen identity card (giới tính). */
public enum Sex {
    MALE,
    FEMALE
}
