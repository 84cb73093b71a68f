package vn.pcmt.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import vn.pcmt.cases.domain.PlantKind;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/cultivation-incidents}: plants counted and m² destroyed (at least one above zero). */
public record RecordCultivationIncidentRequest(
        @NotNull PlantKind plantKind,
        @NotBlank @AreaCode String communeCode,
        @NotBlank @AreaCode String villageCode,
        @NotNull @PositiveOrZero Integer plants,
        @NotNull @PositiveOrZero @DecimalMax("100000000") @Digits(integer = 9, fraction = 2) BigDecimal areaM2,
        @NotNull @PastOrPresent LocalDate destroyedOn) {
}
