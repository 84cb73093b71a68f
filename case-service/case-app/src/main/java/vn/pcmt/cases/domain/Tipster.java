package vn.pcmt.cases.domain;

/** Who gave a tip that is not anonymous. Shown only to the officers handling the tip ({@link TipsterVisibility}). */
public record Tipster(String fullName, String phone, String address) {
}
