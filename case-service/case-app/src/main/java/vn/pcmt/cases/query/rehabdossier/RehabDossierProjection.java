package vn.pcmt.cases.query.rehabdossier;

import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.DossierStage;
import vn.pcmt.cases.domain.event.CompulsoryRehabFinished;
import vn.pcmt.cases.domain.event.CourtDecisionRecorded;
import vn.pcmt.cases.domain.event.DecisionExecuted;
import vn.pcmt.cases.domain.event.DossierReturned;
import vn.pcmt.cases.domain.event.DossierSentToCourt;
import vn.pcmt.cases.domain.event.DossierWithdrawn;
import vn.pcmt.cases.domain.event.PersonNotified;
import vn.pcmt.cases.domain.event.RehabDossierPrepared;

@Component
@ProcessingGroup("rehab-dossier")
public class RehabDossierProjection {

    private final RehabDossierRepository dossiers;

    public RehabDossierProjection(RehabDossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    @EventHandler
    void on(RehabDossierPrepared e, @SequenceNumber long version) {
        dossiers.save(new RehabDossierDocument(e.dossierId(), e.subjectId(), e.communeCode(), DossierStage.PREPARED,
                e.preparedOn(), e.addictionProofOn(), null, null, null, false, null, null, null, null, null, null, null, null, null,
                false, null, null, null, null, null, null, version));
    }

    @EventHandler
    void on(PersonNotified e, @SequenceNumber long version) {
        update(e.dossierId(), d -> new RehabDossierDocument(d.dossierId(), d.subjectId(), d.communeCode(), DossierStage.NOTIFIED,
                d.preparedOn(), d.addictionProofOn(), e.readingEndsOn(), e.sendDueOn(), null, false, null, null, null, null, null,
                null, null, null, null, false, null, null, d.returnedOn(), d.returnReason(), null, null, version));
    }

    @EventHandler
    void on(DossierSentToCourt e, @SequenceNumber long version) {
        update(e.dossierId(), d -> new RehabDossierDocument(d.dossierId(), d.subjectId(), d.communeCode(),
                DossierStage.SENT_TO_COURT, d.preparedOn(), d.addictionProofOn(), d.readingEndsOn(), d.sendDueOn(),
                e.sentOn(), d.sentLate() || e.late(), null, null, null, null, null, null, null, null, null, false, null, null,
                d.returnedOn(), d.returnReason(), null, null, version));
    }

    @EventHandler
    void on(CourtDecisionRecorded e, @SequenceNumber long version) {
        update(e.dossierId(), d -> new RehabDossierDocument(d.dossierId(), d.subjectId(), d.communeCode(),
                e.accepted() ? DossierStage.ACCEPTED : DossierStage.REJECTED, d.preparedOn(), d.addictionProofOn(),
                d.readingEndsOn(), d.sendDueOn(), d.sentOn(), d.sentLate(), e.decisionNo(), e.decidedOn(), e.accepted(),
                e.months(), e.irregularTerm(), e.receivedOn(), e.executionDueOn(), null, null, false, null, null, d.returnedOn(),
                d.returnReason(), null, null, version));
    }

    @EventHandler
    void on(DecisionExecuted e, @SequenceNumber long version) {
        update(e.dossierId(), d -> new RehabDossierDocument(d.dossierId(), d.subjectId(), d.communeCode(), DossierStage.EXECUTED,
                d.preparedOn(), d.addictionProofOn(), d.readingEndsOn(), d.sendDueOn(), d.sentOn(), d.sentLate(),
                d.decisionNo(), d.decidedOn(), d.accepted(), d.months(), d.irregularTerm(), d.receivedOn(), d.executionDueOn(),
                e.executedOn(), e.facility(), e.late(), null, null, d.returnedOn(), d.returnReason(), null, null, version));
    }

    @EventHandler
    void on(CompulsoryRehabFinished e, @SequenceNumber long version) {
        update(e.dossierId(), d -> new RehabDossierDocument(d.dossierId(), d.subjectId(), d.communeCode(), DossierStage.ENDED,
                d.preparedOn(), d.addictionProofOn(), d.readingEndsOn(), d.sendDueOn(), d.sentOn(), d.sentLate(),
                d.decisionNo(), d.decidedOn(), d.accepted(), d.months(), d.irregularTerm(), d.receivedOn(), d.executionDueOn(),
                d.executedOn(), d.facility(), d.executedLate(), e.endsOn(), e.outcome(), d.returnedOn(), d.returnReason(), null, null,
                version));
    }

    @EventHandler
    void on(DossierReturned e, @SequenceNumber long version) {
        update(e.dossierId(), d -> new RehabDossierDocument(d.dossierId(), d.subjectId(), d.communeCode(), DossierStage.RETURNED,
                d.preparedOn(), d.addictionProofOn(), d.readingEndsOn(), d.sendDueOn(), d.sentOn(), d.sentLate(), null, null, null,
                null, null, null, null, null, null, false, null, null, e.returnedOn(), e.reason(), null, null,
                version));
    }

    @EventHandler
    void on(DossierWithdrawn e, @SequenceNumber long version) {
        update(e.dossierId(), d -> new RehabDossierDocument(d.dossierId(), d.subjectId(), d.communeCode(), DossierStage.WITHDRAWN,
                d.preparedOn(), d.addictionProofOn(), d.readingEndsOn(), d.sendDueOn(), d.sentOn(), d.sentLate(), null, null, null,
                null, null, null, null, null, null, false, null, null, d.returnedOn(), d.returnReason(),
                e.withdrawnOn(), e.reason(), version));
    }

    private void update(String dossierId, UnaryOperator<RehabDossierDocument> change) {
        dossiers.save(change.apply(dossiers.findById(dossierId).orElseThrow()));
    }
}
