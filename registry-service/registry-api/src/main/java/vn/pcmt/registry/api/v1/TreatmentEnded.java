package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.TreatmentEnded}: a treatment ended; {@code outcome}: {@code COMPLETED}, {@code QUIT}, {@code EXPELLED}, {@code RELAPSED}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TreatmentEnded(
        String subjectId,
        String treatmentId,
        String kind,
        LocalDate endsOn,
        String outcome) {

    public static final String TYPE = "registry.TreatmentEnded";
    public static final int VERSION = 1;
}
