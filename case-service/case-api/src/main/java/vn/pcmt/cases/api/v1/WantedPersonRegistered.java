package vn.pcmt.cases.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code cases.WantedPersonRegistered}: a person wanted for a drug crime ({@code article} of the Criminal Code) is
 * believed to hide in the commune (and village, if known). No name or warrant number: {@code subjectId} is the registry
 * subject, when there is one. Key: the wanted-person id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WantedPersonRegistered(
        String wantedId,
        String subjectId,
        String article,
        LocalDate wantedSince,
        String hidingCommuneCode,
        String hidingVillageCode) {

    public static final String TYPE = "cases.WantedPersonRegistered";
    public static final int VERSION = 1;
}
