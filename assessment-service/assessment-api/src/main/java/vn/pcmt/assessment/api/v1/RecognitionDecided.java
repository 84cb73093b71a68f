package vn.pcmt.assessment.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code assessment.RecognitionDecided}: {@code areaCode} was recognised drug-free (or refused) for programme
 * {@code year} against {@code criteriaSet} ({@code QD28_2025_DRUG_FREE} or {@code LOCAL_10}) by decision
 * {@code decisionNo} of {@code decidedOn}. Key: the appraisal id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecognitionDecided(
        String appraisalId,
        String areaCode,
        int year,
        String criteriaSet,
        boolean recognized,
        String decisionNo,
        LocalDate decidedOn) {

    public static final String TYPE = "assessment.RecognitionDecided";
    public static final int VERSION = 1;
}
