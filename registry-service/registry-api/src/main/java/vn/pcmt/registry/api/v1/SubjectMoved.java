package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.SubjectMoved}: the person lives in {@code to} from {@code movedOn}; the old commune counts them until the day before. Published with the new commune as {@code areaCode}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubjectMoved(
        String subjectId,
        Residence from,
        Residence to,
        LocalDate movedOn,
        LocalDate reportedOn,
        boolean reportedLate) {

    public static final String TYPE = "registry.SubjectMoved";
    public static final int VERSION = 1;
}
