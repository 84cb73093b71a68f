package vn.pcmt.assessment.query.progress;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.event.TargetSet;

@Component
@ProcessingGroup("target")
public class TargetProjection {

    private final TargetRepository targets;

    public TargetProjection(TargetRepository targets) {
        this.targets = targets;
    }

    @EventHandler
    void on(TargetSet e) {
        targets.save(new TargetDocument(TargetDocument.id(e.code(), e.year()), e.code(), e.year(), e.drugFreeChildrenPercent(), e.plan()));
    }
}
