package vn.pcmt.cases.query.rehabdossier;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.cases.domain.DossierStage;
import vn.pcmt.cases.domain.RehabOutcome;

@Document("rehab_dossier")
public record RehabDossierDocument(
        @Id String dossierId,
        String subjectId,
        @Indexed String communeCode,
        DossierStage stage,
        LocalDate preparedOn,
        LocalDate addictionProofOn,
        LocalDate readingEndsOn,
        LocalDate sendDueOn,
        LocalDate sentOn,
        boolean sentLate,
        String decisionNo,
        LocalDate decidedOn,
        Boolean accepted,
        Integer months,
        String irregularTerm,
        LocalDate receivedOn,
        LocalDate executionDueOn,
        LocalDate executedOn,
        String facility,
        boolean executedLate,
        LocalDate endsOn,
        RehabOutcome outcome,
        LocalDate returnedOn,
        String returnReason,
        LocalDate withdrawnOn,
        String withdrawReason,
        long version) {

    /** A deadline passed on {@code today} without its step, or a step done after its deadline. */
    public boolean breachedOn(LocalDate today) {
        return sentLate || executedLate
                || stage == DossierStage.NOTIFIED && sendDueOn.isBefore(today)
                || stage == DossierStage.ACCEPTED && executionDueOn.isBefore(today);
    }
}
