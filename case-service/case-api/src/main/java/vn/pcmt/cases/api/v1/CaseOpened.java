package vn.pcmt.cases.api.v1;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code cases.CaseOpened}: a drug case ({@code kind=CRIMINAL}, Criminal Code {@code article}) or an administrative
 * violation ({@code ADMINISTRATIVE}, no article) received in {@code communeCode}, with the persons known so far.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseOpened(
        String caseId,
        String kind,
        String article,
        String communeCode,
        String villageCode,
        LocalDate openedOn,
        List<CaseOffender> persons) {

    public static final String TYPE = "cases.CaseOpened";
    public static final int VERSION = 1;
}
