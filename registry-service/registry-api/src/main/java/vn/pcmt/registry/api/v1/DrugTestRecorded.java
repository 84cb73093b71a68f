package vn.pcmt.registry.api.v1;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.DrugTestRecorded}: a drug test and its result ({@code POSITIVE}, {@code NEGATIVE}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DrugTestRecorded(
        String subjectId,
        String testId,
        LocalDate testedOn,
        String method,
        String result,
        List<String> substances) {

    public static final String TYPE = "registry.DrugTestRecorded";
    public static final int VERSION = 1;
}
