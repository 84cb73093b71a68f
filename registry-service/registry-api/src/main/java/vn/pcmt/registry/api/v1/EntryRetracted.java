package vn.pcmt.registry.api.v1;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code registry.EntryRetracted}: the subject's events at {@code versions} were recorded by mistake and are void.
 * Carries the subject's state once they are left out ({@code category}, {@code residence}, {@code onList}, the
 * {@code treatments} under way and the {@code flags} raised), so a consumer sets it rather than undoing events it may
 * have summed differently. {@code treatments} and {@code flags} came later: absent in events published before.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntryRetracted(
        String subjectId,
        List<Long> versions,
        LocalDate retractedOn,
        Category category,
        Residence residence,
        boolean onList,
        List<Treatment> treatments,
        List<String> flags) {

    /** A treatment under way: its id (as in {@code TreatmentStarted}) and kind. */
    public record Treatment(String treatmentId, String kind) {
    }

    public static final String TYPE = "registry.EntryRetracted";
    public static final int VERSION = 1;
}
