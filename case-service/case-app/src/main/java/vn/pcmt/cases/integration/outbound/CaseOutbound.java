package vn.pcmt.cases.integration.outbound;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.cases.api.v1.CompulsoryRehabEnded;
import vn.pcmt.cases.api.v1.CompulsoryRehabStarted;
import vn.pcmt.cases.api.v1.CultivationIncidentRecorded;
import vn.pcmt.cases.api.v1.HidingPlaceRecorded;
import vn.pcmt.cases.api.v1.HotspotIdentified;
import vn.pcmt.cases.api.v1.HotspotStageChanged;
import vn.pcmt.cases.api.v1.WantedPersonCaptured;
import vn.pcmt.cases.api.v1.WantedPersonRegistered;
import vn.pcmt.cases.domain.event.CompulsoryRehabFinished;
import vn.pcmt.cases.domain.event.DecisionExecuted;
import vn.pcmt.platform.kafka.IntegrationEventPublisher;

/** Domain events → {@code pcmt.cases.v1}. A tracking processor: an event stored while Kafka is down is sent later. */
@Component
@ProcessingGroup("case-outbound")
public class CaseOutbound {

    private final IntegrationEventPublisher publisher;
    public CaseOutbound(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(vn.pcmt.cases.domain.event.HotspotIdentified event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, HotspotIdentified.TYPE, HotspotIdentified.VERSION, message, event.communeCode(),
                new HotspotIdentified(event.hotspotId(), event.kind().name(), event.communeCode(), event.villageCode(),
                        event.identifiedOn(), event.suspected(), event.kind().isDrugUsePoint()));
    }

    @EventHandler
    void on(vn.pcmt.cases.domain.event.HotspotStageChanged event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, HotspotStageChanged.TYPE, HotspotStageChanged.VERSION, message, event.communeCode(),
                new HotspotStageChanged(event.hotspotId(), event.from().name(), event.stage().name(), event.on(),
                        event.stage().isActive()));
    }

    @EventHandler
    void on(vn.pcmt.cases.domain.event.WantedPersonRegistered event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, WantedPersonRegistered.TYPE, WantedPersonRegistered.VERSION, message,
                event.hidingCommuneCode(), new WantedPersonRegistered(event.wantedId(), event.subjectId(), event.article(),
                        event.wantedSince(), event.hidingCommuneCode(), event.hidingVillageCode()));
    }

    @EventHandler
    void on(vn.pcmt.cases.domain.event.HidingPlaceRecorded event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, HidingPlaceRecorded.TYPE, HidingPlaceRecorded.VERSION, message, event.communeCode(),
                new HidingPlaceRecorded(event.wantedId(), event.fromCommuneCode(), event.communeCode(), event.villageCode(),
                        event.since()));
    }

    @EventHandler
    void on(vn.pcmt.cases.domain.event.WantedPersonCaptured event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, WantedPersonCaptured.TYPE, WantedPersonCaptured.VERSION, message,
                event.hidingCommuneCode(), new WantedPersonCaptured(event.wantedId(), event.hidingCommuneCode(),
                        event.capturedOn(), event.communeCode(), event.surrendered()));
    }

    @EventHandler
    void on(vn.pcmt.cases.domain.event.CultivationIncidentRecorded event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, CultivationIncidentRecorded.TYPE, CultivationIncidentRecorded.VERSION, message,
                event.communeCode(), new CultivationIncidentRecorded(event.incidentId(), event.plantKind().name(),
                        event.communeCode(), event.villageCode(), event.plants(), event.areaM2(), event.destroyedOn()));
    }

    @EventHandler
    void on(DecisionExecuted event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, CompulsoryRehabStarted.TYPE, CompulsoryRehabStarted.VERSION, message,
                event.communeCode(), new CompulsoryRehabStarted(event.dossierId(), event.subjectId(),
                        event.executedOn(), event.facility(), event.months()));
    }

    @EventHandler
    void on(CompulsoryRehabFinished event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, CompulsoryRehabEnded.TYPE, CompulsoryRehabEnded.VERSION, message,
                event.communeCode(), new CompulsoryRehabEnded(event.dossierId(), event.subjectId(),
                        event.endsOn(), event.outcome().name()));
    }
}
