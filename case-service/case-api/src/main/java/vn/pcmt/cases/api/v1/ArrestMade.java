package vn.pcmt.cases.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code cases.ArrestMade}: a drug offender (Criminal Code {@code article}) arrested on {@code arrestedOn} in a case of
 * {@code communeCode}. QĐ 28 counts the arrest where the person lives ({@code residenceCommuneCode}), which is also the
 * envelope's {@code areaCode}. {@code kind}: CAUGHT_IN_ACT, EMERGENCY, WARRANT or WANTED.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArrestMade(
        String caseId,
        String arrestId,
        String personId,
        String subjectId,
        String article,
        String communeCode,
        String residenceCommuneCode,
        String residenceVillageCode,
        String kind,
        LocalDate arrestedOn) {

    public static final String TYPE = "cases.ArrestMade";
    public static final int VERSION = 1;
}
