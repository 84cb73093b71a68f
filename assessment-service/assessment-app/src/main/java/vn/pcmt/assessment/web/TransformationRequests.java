package vn.pcmt.assessment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.platform.web.AreaCode;

/** The bodies of the transformation steps. */
final class TransformationRequests {

    private TransformationRequests() {
    }

    /** {@code POST /api/transformations}: the province's decision selecting a commune. */
    record Selection(@NotBlank @AreaCode String communeCode, @NotNull @PastOrPresent LocalDate selectedOn,
                     @NotBlank @Size(max = 100) String decisionNo) {
    }

    /** {@code POST /api/transformations/{id}/completion}: the decision recognising it transformed. */
    record Completion(@NotNull @PastOrPresent LocalDate transformedOn, @NotBlank @Size(max = 100) String decisionNo) {
    }

    /** {@code POST /api/transformations/{id}/relapse}: relapsed (phức tạp trở lại), and why. */
    record Relapse(@NotNull @PastOrPresent LocalDate relapsedOn, @NotBlank @Size(max = 2000) String reason) {
    }
}
