package vn.pcmt.cases.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/rehab-dossiers}: the subject, and the checklist of TTLT 03/2025. */
public record PrepareRehabDossierRequest(
        @NotNull UUID subjectId,
        @NotBlank @AreaCode String communeCode,
        @NotNull @PastOrPresent LocalDate preparedOn,
        @PastOrPresent LocalDate violationRecordOn,
        boolean cvSummary,
        @PastOrPresent LocalDate addictionProofOn,
        boolean personStatement,
        @NotNull Boolean repeat) {
}
