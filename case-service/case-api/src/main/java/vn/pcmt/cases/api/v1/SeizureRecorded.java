package vn.pcmt.cases.api.v1;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code cases.SeizureRecorded}: {@code quantity} {@code unit} (GRAM, KILOGRAM, MILLILITRE, TABLET, PLANT) of {@code substance} seized. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SeizureRecorded(
        String caseId,
        String seizureId,
        String communeCode,
        String substance,
        BigDecimal quantity,
        String unit,
        LocalDate seizedOn) {

    public static final String TYPE = "cases.SeizureRecorded";
    public static final int VERSION = 1;
}
