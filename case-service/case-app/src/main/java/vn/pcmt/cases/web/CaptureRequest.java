package vn.pcmt.cases.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/wanted-persons/{id}/capture}: where and when caught, or surrendered. */
public record CaptureRequest(
        @NotNull @PastOrPresent LocalDate capturedOn,
        @NotBlank @AreaCode String communeCode,
        boolean surrendered) {
}
