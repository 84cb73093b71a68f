package vn.pcmt.cases.domain;

/** Where a person lives: a commune and, when known, a village of it. */
public record Residence(String communeCode, String villageCode) {
}
