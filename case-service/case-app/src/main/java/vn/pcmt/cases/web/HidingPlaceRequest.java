package vn.pcmt.cases.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/wanted-persons/{id}/hiding-places}. */
public record HidingPlaceRequest(
        @NotBlank @AreaCode String communeCode,
        @AreaCode String villageCode,
        @NotNull @PastOrPresent LocalDate since) {
}
