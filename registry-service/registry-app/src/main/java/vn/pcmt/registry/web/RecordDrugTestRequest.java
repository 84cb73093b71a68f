package vn.pcmt.registry.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.registry.domain.Substance;
import vn.pcmt.registry.domain.TestMethod;
import vn.pcmt.registry.domain.TestResult;

/** {@code POST /api/subjects/{id}/drug-tests}. */
public record RecordDrugTestRequest(
        @NotNull @PastOrPresent LocalDate testedOn,
        @NotNull TestMethod method,
        @NotNull TestResult result,
        @Size(max = 10) List<@NotNull Substance> substances) {
}
