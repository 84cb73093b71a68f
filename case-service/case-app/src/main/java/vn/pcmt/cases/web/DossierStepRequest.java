package vn.pcmt.cases.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.cases.domain.RehabOutcome;

/**
 * {@code POST /api/rehab-dossiers/{id}/steps}: {@code step} and its date {@code on}; a court decision also needs
 * {@code decisionNo}, {@code receivedOn}, {@code accepted} and (accepted) {@code months}; an execution
 * {@code facility}; an end {@code outcome}; a court return or a withdrawal its {@code reason}.
 */
public record DossierStepRequest(
        @NotNull Step step,
        @NotNull @PastOrPresent LocalDate on,
        @Size(max = 100) String decisionNo,
        @PastOrPresent LocalDate receivedOn,
        Boolean accepted,
        @Min(1) @Max(60) Integer months,
        @Size(max = 300) String facility,
        RehabOutcome outcome,
        @Size(max = 2000) String reason) {

    public enum Step {
        NOTIFY,
        SEND_TO_COURT,
        COURT_DECISION,
        EXECUTE,
        END,
        /** the court returned the dossier ({@code reason}) */
        COURT_RETURN,
        /** the police withdrew the proposal ({@code reason}) */
        WITHDRAW
    }
}
