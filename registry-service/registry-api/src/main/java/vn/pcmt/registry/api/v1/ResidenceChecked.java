package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.ResidenceChecked}: the monthly residence check was done. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResidenceChecked(
        String subjectId,
        LocalDate checkedOn) {

    public static final String TYPE = "registry.ResidenceChecked";
    public static final int VERSION = 1;
}
