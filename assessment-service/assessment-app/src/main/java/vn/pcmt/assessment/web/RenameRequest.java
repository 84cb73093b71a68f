package vn.pcmt.assessment.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/areas/{code}/renames}: the new name, in force from {@code effectiveOn} by decision {@code decisionNo}. */
public record RenameRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate effectiveOn,
                            @NotBlank @Size(max = 100) String decisionNo) {
}
