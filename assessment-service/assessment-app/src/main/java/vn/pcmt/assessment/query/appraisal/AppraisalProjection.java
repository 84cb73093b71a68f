package vn.pcmt.assessment.query.appraisal;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.event.AppraisalRecorded;
import vn.pcmt.assessment.domain.event.AppraisalReviewed;
import vn.pcmt.assessment.domain.event.RecognitionDecided;
import vn.pcmt.assessment.domain.facts.ProgrammeYear;
import vn.pcmt.platform.axon.EventMetaData;

@Component
@ProcessingGroup("appraisal")
public class AppraisalProjection {

    private final AppraisalRepository appraisals;

    public AppraisalProjection(AppraisalRepository appraisals) {
        this.appraisals = appraisals;
    }

    @EventHandler
    void on(AppraisalRecorded e, DomainEventMessage<?> message) {
        appraisals.save(new AppraisalDocument(e.appraisalId(), e.areaCode(), e.kind(),
                ProgrammeYear.appraisedOn(e.asOf()).year(), e.asOf(), e.phase(), e.criteriaSet(), e.legalSource(), e.outcome(),
                e.criteria(), e.eventPositions(), e.scopes(), EventMetaData.actor(message).userId(), message.getTimestamp(), null, null, message.getSequenceNumber()));
    }

    @EventHandler
    void on(AppraisalReviewed e, @SequenceNumber long version) {
        appraisals.save(appraisals.findById(e.appraisalId()).orElseThrow().reviewed(new AppraisalDocument.Review(e.reviewedOn(),
                e.members(), e.votesFor(), e.votesAgainst(), e.minutes()), version));
    }

    @EventHandler
    void on(RecognitionDecided e, @SequenceNumber long version) {
        appraisals.save(appraisals.findById(e.appraisalId()).orElseThrow().decided(new AppraisalDocument.Decision(e.recognized(),
                e.year(), e.decisionNo(), e.decidedOn(), e.signer(), e.reasons()), version));
    }
}
