package vn.pcmt.cases.api.v1;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code cases.GangIdentified}: a gang ({@code GANG}) or network ({@code NETWORK}) doing {@code activity} (TRAFFICKING,
 * RETAIL, ORGANISING_USE, CULTIVATION, PRODUCTION) in {@code communeCode}; {@code memberSubjectIds}: its members on the
 * registry. No alias or names.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GangIdentified(
        String gangId,
        String kind,
        String activity,
        String communeCode,
        String villageCode,
        LocalDate identifiedOn,
        int members,
        List<String> memberSubjectIds) {

    public static final String TYPE = "cases.GangIdentified";
    public static final int VERSION = 1;
}
