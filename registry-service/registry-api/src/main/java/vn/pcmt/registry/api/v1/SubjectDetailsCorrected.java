package vn.pcmt.registry.api.v1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.SubjectDetailsCorrected}: identity details were corrected; carries only what statistics use (the rest stays in the registry). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubjectDetailsCorrected(
        String subjectId,
        Sex sex,
        int birthYear) {

    public static final String TYPE = "registry.SubjectDetailsCorrected";
    public static final int VERSION = 1;
}
