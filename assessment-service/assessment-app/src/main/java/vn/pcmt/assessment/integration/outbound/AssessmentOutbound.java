package vn.pcmt.assessment.integration.outbound;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.api.v1.AreaChanged;
import vn.pcmt.assessment.api.v1.AreaFactsRecorded;
import vn.pcmt.assessment.api.v1.AreaLevel;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.assessment.api.v1.ClassificationApproved;
import vn.pcmt.assessment.api.v1.RecognitionDecided;
import vn.pcmt.assessment.api.v1.TargetSet;
import vn.pcmt.assessment.api.v1.TransformationStageChanged;
import vn.pcmt.assessment.domain.PreventionModel;
import vn.pcmt.assessment.domain.Transformation;
import vn.pcmt.assessment.domain.TransformationStage;
import vn.pcmt.assessment.domain.event.AreaClosed;
import vn.pcmt.assessment.domain.event.AreaMoved;
import vn.pcmt.assessment.domain.event.AreaRenamed;
import vn.pcmt.assessment.domain.event.AreaSplit;
import vn.pcmt.assessment.domain.event.AreaTransformed;
import vn.pcmt.assessment.domain.event.AreasMerged;
import vn.pcmt.assessment.domain.event.TransformationRelapsed;
import vn.pcmt.assessment.domain.event.TransformationSelected;
import vn.pcmt.platform.kafka.IntegrationEventPublisher;

/** Domain events → {@code pcmt.assessment.v1}. A tracking processor: an event stored while Kafka is down is sent later. */
@Component
@ProcessingGroup("assessment-outbound")
public class AssessmentOutbound {

    private final IntegrationEventPublisher publisher;

    public AssessmentOutbound(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(vn.pcmt.assessment.domain.event.AreaRegistered event, DomainEventMessage<?> message) {
        publisher.publish(AssessmentTopics.EVENTS, AreaRegistered.TYPE, AreaRegistered.VERSION, message, event.code(),
                new AreaRegistered(event.code(), event.name(), AreaLevel.valueOf(event.level().name()), event.parentCode()));
    }

    @EventHandler
    void on(vn.pcmt.assessment.domain.event.RecognitionDecided event, DomainEventMessage<?> message) {
        publisher.publish(AssessmentTopics.EVENTS, RecognitionDecided.TYPE, RecognitionDecided.VERSION, message, event.areaCode(),
                new RecognitionDecided(event.appraisalId(), event.areaCode(), event.year(), event.criteriaSet().name(), event.recognized(),
                        event.decisionNo(), event.decidedOn()));
    }

    @EventHandler
    void on(vn.pcmt.assessment.domain.event.ClassificationApproved event, DomainEventMessage<?> message) {
        publisher.publish(AssessmentTopics.EVENTS, ClassificationApproved.TYPE, ClassificationApproved.VERSION, message,
                event.communeCode(), new ClassificationApproved(event.communeCode(), event.year(), event.type(), event.approvedOn(),
                        event.late()));
    }

    /** The evidence and the models' names stay here: reporting counts them. */
    @EventHandler
    void on(vn.pcmt.assessment.domain.event.AreaFactsRecorded event, DomainEventMessage<?> message) {
        List<PreventionModel> models = event.preventionModels() == null ? List.of() : event.preventionModels();
        publisher.publish(AssessmentTopics.EVENTS, AreaFactsRecorded.TYPE, AreaFactsRecorded.VERSION, message, event.code(),
                new AreaFactsRecorded(event.code(), event.year(), event.population(), event.households(), event.householdsCommitted(),
                        event.onRoute(), models.size(), (int) models.stream().filter(PreventionModel::effective).count()));
    }

    @EventHandler
    void on(vn.pcmt.assessment.domain.event.TargetSet event, DomainEventMessage<?> message) {
        publisher.publish(AssessmentTopics.EVENTS, TargetSet.TYPE, TargetSet.VERSION, message, event.code(),
                new TargetSet(event.code(), event.year(), event.drugFreeChildrenPercent()));
    }

    @EventHandler
    void on(TransformationSelected event, DomainEventMessage<?> message) {
        transformation(message, event.transformationId(), event.communeCode(), TransformationStage.SELECTED, event.selectedOn(),
                event.baselineType());
    }

    @EventHandler
    void on(AreaTransformed event, DomainEventMessage<?> message) {
        transformation(message, event.transformationId(), event.communeCode(), TransformationStage.TRANSFORMED, event.transformedOn(),
                Transformation.NOT_KEY_AREA);
    }

    @EventHandler
    void on(TransformationRelapsed event, DomainEventMessage<?> message) {
        transformation(message, event.transformationId(), event.communeCode(), TransformationStage.RELAPSED, event.relapsedOn(),
                event.type());
    }

    /** Decision numbers and the relapse's reason stay here. */
    private void transformation(DomainEventMessage<?> message, String id, String commune, TransformationStage stage, LocalDate on,
                                String type) {
        publisher.publish(AssessmentTopics.EVENTS, TransformationStageChanged.TYPE, TransformationStageChanged.VERSION, message, commune,
                new TransformationStageChanged(id, commune, stage.name(), on, type));
    }

    @EventHandler
    void on(AreaRenamed event, DomainEventMessage<?> message) {
        areaChanged(message, new AreaChanged(event.code(), "RENAMED", event.name(), null, List.of(), List.of(), event.effectiveOn()));
    }

    @EventHandler
    void on(AreasMerged event, DomainEventMessage<?> message) {
        areaChanged(message, new AreaChanged(event.code(), "MERGED", null, null, event.predecessorCodes(), List.of(), event.effectiveOn()));
    }

    @EventHandler
    void on(AreaClosed event, DomainEventMessage<?> message) {
        areaChanged(message, new AreaChanged(event.code(), "CLOSED", null, null, List.of(), event.successorCodes(), event.effectiveOn()));
    }

    @EventHandler
    void on(AreaSplit event, DomainEventMessage<?> message) {
        areaChanged(message, new AreaChanged(event.code(), "SPLIT", null, null, List.of(), event.successorCodes(), event.effectiveOn()));
    }

    @EventHandler
    void on(AreaMoved event, DomainEventMessage<?> message) {
        areaChanged(message, new AreaChanged(event.code(), "MOVED", null, event.parentCode(), List.of(), List.of(), event.effectiveOn()));
    }

    private void areaChanged(DomainEventMessage<?> message, AreaChanged change) {
        publisher.publish(AssessmentTopics.EVENTS, AreaChanged.TYPE, AreaChanged.VERSION, message, change.code(), change);
    }
}
