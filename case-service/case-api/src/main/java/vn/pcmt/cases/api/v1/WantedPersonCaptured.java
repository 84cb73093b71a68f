package vn.pcmt.cases.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code cases.WantedPersonCaptured}: caught (or surrendered) on {@code capturedOn}; no longer hiding in {@code hidingCommuneCode}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WantedPersonCaptured(
        String wantedId,
        String hidingCommuneCode,
        LocalDate capturedOn,
        String communeCode,
        boolean surrendered) {

    public static final String TYPE = "cases.WantedPersonCaptured";
    public static final int VERSION = 1;
}
