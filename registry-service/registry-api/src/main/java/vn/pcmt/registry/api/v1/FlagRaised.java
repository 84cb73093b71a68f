package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.FlagRaised}: {@code PSYCHOSIS_SIGNS} or {@code NO_STABLE_RESIDENCE} raised (the officer's note stays in the registry). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlagRaised(
        String subjectId,
        String flag,
        LocalDate raisedOn) {

    public static final String TYPE = "registry.FlagRaised";
    public static final int VERSION = 1;
}
