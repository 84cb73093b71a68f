package vn.pcmt.cases.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code cases.HidingPlaceRecorded}: from {@code since} the wanted person is believed to hide elsewhere. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HidingPlaceRecorded(
        String wantedId,
        String fromCommuneCode,
        String communeCode,
        String villageCode,
        LocalDate since) {

    public static final String TYPE = "cases.HidingPlaceRecorded";
    public static final int VERSION = 1;
}
