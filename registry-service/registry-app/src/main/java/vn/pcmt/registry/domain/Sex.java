package vn.pcmt.registry.domain;

public enum Sex {
    MALE,
    FEMALE
}
