package vn.pcmt.registry.domain;

public record Residence(String communeCode, String villageCode, String address) {
}
