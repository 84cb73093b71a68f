package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.FlagCleared}: a flag cleared. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagCleared(
        String subjectId,
        String flag,
        LocalDate clearedOn) {

    public static final String TYPE = "registry.FlagCleared";
    public static final int VERSION = 1;
}
