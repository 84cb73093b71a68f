package vn.pcmt.cases.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code cases.GangMemberAdded}: one more member known on {@code on}; {@code subjectId} when on the registry. No names. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GangMemberAdded(
        String gangId,
        String communeCode,
        String subjectId,
        LocalDate on) {

    public static final String TYPE = "cases.GangMemberAdded";
    public static final int VERSION = 1;
}
