package vn.pcmt.cases.integration.outbound;

import java.util.Objects;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.api.v1.ArrestMade;
import vn.pcmt.cases.api.v1.CaseOffender;
import vn.pcmt.cases.api.v1.CaseOpened;
import vn.pcmt.cases.api.v1.CasePersonAdded;
import vn.pcmt.cases.api.v1.CasePersonLinked;
import vn.pcmt.cases.api.v1.CaseStageReached;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.cases.api.v1.CompulsoryRehabEnded;
import vn.pcmt.cases.api.v1.CompulsoryRehabStarted;
import vn.pcmt.cases.api.v1.CultivationIncidentRecorded;
import vn.pcmt.cases.api.v1.GangDismantled;
import vn.pcmt.cases.api.v1.GangIdentified;
import vn.pcmt.cases.api.v1.GangMemberAdded;
import vn.pcmt.cases.api.v1.HidingPlaceRecorded;
import vn.pcmt.cases.api.v1.HotspotIdentified;
import vn.pcmt.cases.api.v1.HotspotStageChanged;
import vn.pcmt.cases.api.v1.SeizureRecorded;
import vn.pcmt.cases.api.v1.SeriousIncidentRecorded;
import vn.pcmt.cases.api.v1.WantedPersonCaptured;
import vn.pcmt.cases.api.v1.WantedPersonRegistered;
import vn.pcmt.cases.domain.CasePerson;
import vn.pcmt.cases.domain.GangMember;
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

    @EventHandler
    void on(vn.pcmt.cases.domain.event.CaseOpened event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, CaseOpened.TYPE, CaseOpened.VERSION, message, event.communeCode(),
                new CaseOpened(event.caseId(), event.kind().name(), event.article(), event.communeCode(), event.villageCode(),
                        event.openedOn(), event.persons().stream().map(CaseOutbound::offender).toList()));
    }

    @EventHandler
    void on(vn.pcmt.cases.domain.event.CasePersonAdded event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, CasePersonAdded.TYPE, CasePersonAdded.VERSION, message, event.communeCode(),
                new CasePersonAdded(event.caseId(), offender(event.person()), event.identifiedOn()));
    }

    @EventHandler
    void on(vn.pcmt.cases.domain.event.CasePersonLinked event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, CasePersonLinked.TYPE, CasePersonLinked.VERSION, message, event.communeCode(),
                new CasePersonLinked(event.caseId(), event.personId(), event.subjectId(), event.residenceCommuneCode(),
                        event.residenceVillageCode()));
    }

    @EventHandler
    void on(vn.pcmt.cases.domain.event.CaseStageReached event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, CaseStageReached.TYPE, CaseStageReached.VERSION, message, event.communeCode(),
                new CaseStageReached(event.caseId(), event.communeCode(), event.from().name(), event.stage().name(), event.on(),
                        event.mobileTrial(), event.closureReason() == null ? null : event.closureReason().name()));
    }

    /** Counted where the arrested person lives (QĐ 28), so that commune is the envelope's area. */
    @EventHandler
    void on(vn.pcmt.cases.domain.event.ArrestMade event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, ArrestMade.TYPE, ArrestMade.VERSION, message, event.residenceCommuneCode(),
                new ArrestMade(event.caseId(), event.arrestId(), event.personId(), event.subjectId(), event.article(),
                        event.communeCode(), event.residenceCommuneCode(), event.residenceVillageCode(), event.kind().name(),
                        event.arrestedOn()));
    }

    @EventHandler
    void on(vn.pcmt.cases.domain.event.SeizureRecorded event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, SeizureRecorded.TYPE, SeizureRecorded.VERSION, message, event.communeCode(),
                new SeizureRecorded(event.caseId(), event.seizureId(), event.communeCode(), event.substance().name(),
                        event.quantity(), event.unit().name(), event.seizedOn()));
    }

    /** No alias or member names: only how many members and which of them are registry subjects. */
    @EventHandler
    void on(vn.pcmt.cases.domain.event.GangIdentified event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, GangIdentified.TYPE, GangIdentified.VERSION, message, event.communeCode(),
                new GangIdentified(event.gangId(), event.kind().name(), event.activity().name(), event.communeCode(),
                        event.villageCode(), event.identifiedOn(), event.members().size(),
                        event.members().stream().map(GangMember::subjectId).filter(Objects::nonNull).toList()));
    }

    @EventHandler
    void on(vn.pcmt.cases.domain.event.GangMemberAdded event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, GangMemberAdded.TYPE, GangMemberAdded.VERSION, message, event.communeCode(),
                new GangMemberAdded(event.gangId(), event.communeCode(), event.member().subjectId(), event.on()));
    }

    @EventHandler
    void on(vn.pcmt.cases.domain.event.GangDismantled event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, GangDismantled.TYPE, GangDismantled.VERSION, message, event.communeCode(),
                new GangDismantled(event.gangId(), event.communeCode(), event.on()));
    }

    /** Counted where the person who caused it lives; the description stays here. */
    @EventHandler
    void on(vn.pcmt.cases.domain.event.SeriousIncidentRecorded event, DomainEventMessage<?> message) {
        publisher.publish(CaseTopics.EVENTS, SeriousIncidentRecorded.TYPE, SeriousIncidentRecorded.VERSION, message,
                event.residenceCommuneCode(), new SeriousIncidentRecorded(event.incidentId(), event.communeCode(), event.villageCode(),
                        event.occurredOn(), event.causedBy().name(), event.subjectId(), event.residenceCommuneCode(),
                        event.severity().name(), event.severity().breaksCriterion8(), event.deaths(), event.injured()));
    }

    /** Names and identity numbers stay in the case-service. */
    private static CaseOffender offender(CasePerson person) {
        return new CaseOffender(person.personId(), person.subjectId(), person.residenceCommuneCode(), person.residenceVillageCode());
    }
}
