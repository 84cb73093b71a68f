package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.AddictionDetermined}: an authorised facility's determination; the voluntary-rehab registration deadline when addicted and notified. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddictionDetermined(
        String subjectId,
        LocalDate determinedOn,
        boolean addicted,
        LocalDate notifiedOn,
        LocalDate voluntaryRehabDueOn) {

    public static final String TYPE = "registry.AddictionDetermined";
    public static final int VERSION = 1;
}
