package vn.pcmt.registry.api.v1;

/** Where a subject lives, as area codes (the street address stays in the registry). */
public record Residence(String communeCode, String villageCode) {
}
