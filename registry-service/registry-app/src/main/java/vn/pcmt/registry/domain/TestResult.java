package vn.pcmt.registry.domain;

public enum TestResult {
    POSITIVE,
    NEGATIVE
}
