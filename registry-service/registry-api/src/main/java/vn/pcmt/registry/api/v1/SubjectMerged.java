package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code registry.SubjectMerged}: {@code subjectId} was recorded twice; it leaves the list from {@code mergedOn} and
 * {@code survivorId} is the person from now on. Count the survivor only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubjectMerged(
        String subjectId,
        String survivorId,
        LocalDate mergedOn) {

    public static final String TYPE = "registry.SubjectMerged";
    public static final int VERSION = 1;
}
