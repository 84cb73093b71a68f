package vn.pcmt.assessment.query.classification;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.event.ClassificationApproved;
import vn.pcmt.assessment.domain.event.CommuneClassified;

@Component
@ProcessingGroup("classification")
public class ClassificationProjection {

    private final ClassificationRepository classifications;

    public ClassificationProjection(ClassificationRepository classifications) {
        this.classifications = classifications;
    }

    @EventHandler
    void on(CommuneClassified e, @SequenceNumber long version) {
        classifications.save(new ClassificationDocument(e.classificationId(), e.communeCode(), e.year(), e.type(), e.criteria(), null,
                null, false, version));
    }

    @EventHandler
    void on(ClassificationApproved e, @SequenceNumber long version) {
        ClassificationDocument d = classifications.findById(e.classificationId()).orElseThrow();
        classifications.save(new ClassificationDocument(d.id(), d.communeCode(), d.year(), d.type(), d.criteria(), e.approvedOn(),
                e.decisionNo(), e.late(), version));
    }
}
