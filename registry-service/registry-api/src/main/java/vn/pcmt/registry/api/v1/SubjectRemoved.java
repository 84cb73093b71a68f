package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.SubjectRemoved}: the person left the list ({@code DEATH}, {@code MANAGEMENT_ENDED}, {@code MOVED_ABROAD}) from {@code removedOn}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubjectRemoved(
        String subjectId,
        String reason,
        LocalDate removedOn) {

    public static final String TYPE = "registry.SubjectRemoved";
    public static final int VERSION = 1;
}
