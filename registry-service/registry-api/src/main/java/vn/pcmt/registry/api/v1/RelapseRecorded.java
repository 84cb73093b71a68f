package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code registry.RelapseRecorded}: a positive test during treatment ({@code during} = the treatment kind) or post-rehab management ({@code POST_REHAB_MANAGEMENT}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RelapseRecorded(
        String subjectId,
        LocalDate relapsedOn,
        String during) {

    public static final String TYPE = "registry.RelapseRecorded";
    public static final int VERSION = 1;
}
