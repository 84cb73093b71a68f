package vn.pcmt.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import vn.pcmt.cases.domain.QuantityUnit;
import vn.pcmt.cases.domain.SeizedSubstance;

/** {@code POST /api/cases/{id}/seizures}. */
public record SeizureRequest(
        @NotNull SeizedSubstance substance,
        @NotNull @Positive @DecimalMax("1000000000") @Digits(integer = 10, fraction = 3) BigDecimal quantity,
        @NotNull QuantityUnit unit,
        @NotNull @PastOrPresent LocalDate seizedOn) {
}
