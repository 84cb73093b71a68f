package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The head of commune police prepares a dossier (TTLT 03/2025) with its checklist: the violation record, the CV
 * summary, the addiction proof (no older than 6 months) and the person's statement. {@code repeat}: the person was in
 * compulsory rehab before.
 */
public record PrepareRehabDossier(
        @TargetAggregateIdentifier String dossierId,
        String subjectId,
        String communeCode,
        LocalDate preparedOn,
        LocalDate violationRecordOn,
        boolean cvSummary,
        LocalDate addictionProofOn,
        boolean personStatement,
        boolean repeat) {
}
