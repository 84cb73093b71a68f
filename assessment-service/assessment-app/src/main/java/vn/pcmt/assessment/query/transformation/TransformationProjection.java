package vn.pcmt.assessment.query.transformation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.TransformationStage;
import vn.pcmt.assessment.domain.event.AreaTransformed;
import vn.pcmt.assessment.domain.event.TransformationRelapsed;
import vn.pcmt.assessment.domain.event.TransformationSelected;

@Component
@ProcessingGroup("transformation")
public class TransformationProjection {

    private final TransformationRepository transformations;

    public TransformationProjection(TransformationRepository transformations) {
        this.transformations = transformations;
    }

    @EventHandler
    void on(TransformationSelected e, @SequenceNumber long version) {
        transformations.save(new TransformationDocument(e.transformationId(), e.communeCode(), TransformationStage.SELECTED, e.selectedOn(),
                e.decisionNo(), e.baselineType(), null, null, null, null, null, version));
    }

    @EventHandler
    void on(AreaTransformed e, @SequenceNumber long version) {
        transformations.save(transformations.findById(e.transformationId()).orElseThrow().transformed(e.transformedOn(), e.decisionNo(),
                version));
    }

    @EventHandler
    void on(TransformationRelapsed e, @SequenceNumber long version) {
        transformations.save(transformations.findById(e.transformationId()).orElseThrow().relapsed(e.relapsedOn(), e.type(), e.reason(),
                version));
    }
}
