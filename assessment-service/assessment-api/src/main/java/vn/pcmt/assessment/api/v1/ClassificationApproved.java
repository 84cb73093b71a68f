package vn.pcmt.assessment.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code assessment.ClassificationApproved}: the province approved {@code communeCode}'s key-area {@code type}
 * ({@code TYPE_I}, {@code TYPE_II}, {@code TYPE_III} or {@code NONE}, QĐ 28/2025 Art. 4) for programme {@code year} on
 * {@code approvedOn}; {@code late} when after 19/12. Key: {@code communeCode:year}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClassificationApproved(
        String communeCode,
        int year,
        String type,
        LocalDate approvedOn,
        boolean late) {

    public static final String TYPE = "assessment.ClassificationApproved";
    public static final int VERSION = 1;
}
