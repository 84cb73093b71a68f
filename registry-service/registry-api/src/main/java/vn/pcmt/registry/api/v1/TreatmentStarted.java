package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.TreatmentStarted}: substitution therapy or rehab started; {@code kind}: {@code SUBSTITUTION}, {@code VOLUNTARY_HOME}, {@code VOLUNTARY_COMMUNITY}, {@code VOLUNTARY_FACILITY}, {@code COMPULSORY}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TreatmentStarted(
        String subjectId,
        String treatmentId,
        String kind,
        LocalDate startsOn) {

    public static final String TYPE = "registry.TreatmentStarted";
    public static final int VERSION = 1;
}
