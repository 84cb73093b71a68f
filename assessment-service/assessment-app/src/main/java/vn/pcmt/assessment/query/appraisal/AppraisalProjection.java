package vn.pcmt.assessment.query.appraisal;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.event.AppraisalRecorded;
import vn.pcmt.platform.axon.EventMetaData;

@Component
@ProcessingGroup("appraisal")
public class AppraisalProjection {

    private final AppraisalRepository appraisals;

    public AppraisalProjection(AppraisalRepository appraisals) {
        this.appraisals = appraisals;
    }

    @EventHandler
    void on(AppraisalRecorded e, EventMessage<?> message) {
        appraisals.save(new AppraisalDocument(e.appraisalId(), e.areaCode(), e.asOf(), e.criteriaSet(), e.legalSource(), e.outcome(),
                e.criteria(), EventMetaData.actor(message).userId(), message.getTimestamp()));
    }
}
