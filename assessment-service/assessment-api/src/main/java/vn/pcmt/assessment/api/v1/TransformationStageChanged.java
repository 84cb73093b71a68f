package vn.pcmt.assessment.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code assessment.TransformationStageChanged}: a key complex commune's transformation (chuyển hóa) reached
 * {@code stage} on {@code on}: {@code SELECTED} (with the QĐ 28 Art. 4 {@code type} it had then, the baseline),
 * {@code TRANSFORMED} ({@code type} {@code NONE}), {@code RELAPSED} (relapsed, phức tạp trở lại, with the {@code type} it has again).
 * Key: {@code transformationId}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TransformationStageChanged(
        String transformationId,
        String communeCode,
        String stage,
        LocalDate on,
        String type) {

    public static final String TYPE = "assessment.TransformationStageChanged";
    public static final int VERSION = 1;
}
