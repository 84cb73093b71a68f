package vn.pcmt.cases.query.rehabdossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.cases.domain.DossierStage;

/** Which dossiers the breach list shows, on both sides of each deadline. */
class RehabDossierDocumentTest {

    @ParameterizedTest(name = "{0}, sent late {1}, executed late {2}, on {3} → breached {4}")
    @CsvSource({
            "NOTIFIED, false, false, 2026-05-05, false",      // the day the dossier is due at court
            "NOTIFIED, false, false, 2026-05-06, true",       // the day after, still not sent
            "SENT_TO_COURT, false, false, 2026-05-06, false",
            "SENT_TO_COURT, true, false, 2026-05-06, true",   // sent, but late
            "ACCEPTED, false, false, 2026-05-25, false",      // the day execution is due
            "ACCEPTED, false, false, 2026-05-26, true",
            "EXECUTED, false, true, 2026-06-01, true",
            "EXECUTED, false, false, 2026-06-01, false",
            "REJECTED, false, false, 2026-06-01, false"})
    void givenDossier_whenAskedOnADay_thenBreachedOnlyPastADeadlineOrWhenLate(DossierStage stage, boolean sentLate,
                                                                             boolean executedLate, LocalDate today,
                                                                             boolean breached) {
        RehabDossierDocument dossier = new RehabDossierDocument("d-1", "s-1", "17167", stage, LocalDate.of(2026, 4, 20),
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5), null, sentLate, null, null, null,
                null, null, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 25), null, null, executedLate, null, null, null, null,
                null, null, 3);

        assertThat(dossier.breachedOn(today)).isEqualTo(breached);
    }
}
