package vn.pcmt.registry.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code registry.SubjectRegistered}: a person was put on the registry. Key: the subject id. Carries what statistics
 * need (sex, year of birth, residence, category) and nothing that identifies the person.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubjectRegistered(
        String subjectId,
        Category category,
        Sex sex,
        int birthYear,
        Residence residence,
        String foundBy,
        LocalDate foundOn) {

    public static final String TYPE = "registry.SubjectRegistered";
    public static final int VERSION = 1;
}
