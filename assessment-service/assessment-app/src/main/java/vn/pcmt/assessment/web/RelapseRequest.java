package vn.pcmt.assessment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** {@code POST /api/transformations/{id}/relapse}: relapsed (phức tạp trở lại), and why. */
public record RelapseRequest(@NotNull @PastOrPresent LocalDate relapsedOn, @NotBlank @Size(max = 2000) String reason) {
}
