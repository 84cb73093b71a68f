package vn.pcmt.cases.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code cases.CompulsoryRehabEnded}: the subject left compulsory rehab on {@code endsOn}; {@code outcome}:
 * {@code COMPLETED}, {@code QUIT} (absconded), {@code EXPELLED}, {@code RELAPSED}. Key: the dossier id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompulsoryRehabEnded(
        String dossierId,
        String subjectId,
        LocalDate endsOn,
        String outcome) {

    public static final String TYPE = "cases.CompulsoryRehabEnded";
    public static final int VERSION = 1;
}
