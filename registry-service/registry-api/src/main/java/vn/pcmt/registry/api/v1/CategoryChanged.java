package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.CategoryChanged}: why the person is on the registry changed; {@code reason}: {@code POSITIVE_TEST}, {@code ADDICTION_DETERMINED}, {@code POST_REHAB_MANAGEMENT}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CategoryChanged(
        String subjectId,
        Category from,
        Category to,
        LocalDate changedOn,
        String reason) {

    public static final String TYPE = "registry.CategoryChanged";
    public static final int VERSION = 1;
}
