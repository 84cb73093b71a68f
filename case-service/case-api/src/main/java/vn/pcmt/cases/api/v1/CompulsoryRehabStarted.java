package vn.pcmt.cases.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code cases.CompulsoryRehabStarted}: the court's compulsory-rehab decision on a dossier was executed (TTLT 03/2025:
 * within 5 days of receipt) and the subject entered {@code facility} on {@code startsOn} for {@code months}.
 * Key: the dossier id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompulsoryRehabStarted(
        String dossierId,
        String subjectId,
        LocalDate startsOn,
        String facility,
        int months) {

    public static final String TYPE = "cases.CompulsoryRehabStarted";
    public static final int VERSION = 1;
}
