package vn.pcmt.cases.integration.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.pcmt.cases.api.v1.CaseOffender;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.cases.api.v1.CompulsoryRehabStarted;
import vn.pcmt.cases.api.v1.HotspotStageChanged;
import vn.pcmt.cases.domain.ArrestKind;
import vn.pcmt.cases.domain.CaseKind;
import vn.pcmt.cases.domain.CasePerson;
import vn.pcmt.cases.domain.GangActivity;
import vn.pcmt.cases.domain.GangKind;
import vn.pcmt.cases.domain.GangMember;
import vn.pcmt.cases.domain.HotspotStage;
import vn.pcmt.cases.domain.IncidentCause;
import vn.pcmt.cases.domain.IncidentSeverity;
import vn.pcmt.cases.domain.event.DecisionExecuted;
import vn.pcmt.platform.kafka.IntegrationEventPublisher;

/** Case events reach Kafka with their commune and without evidence or notes. */
class CaseOutboundTest {

    private final IntegrationEventPublisher publisher = mock(IntegrationEventPublisher.class);
    private final CaseOutbound outbound = new CaseOutbound(publisher);

    @Test
    void givenDecisionExecuted_whenPublished_thenStartedInTheDossiersCommune() {
        var event = new DecisionExecuted("d-1", "s-1", "17167", LocalDate.of(2026, 5, 25), "Cơ sở cai nghiện số 1", 18, false);
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("RehabDossier", "d-1", 4, event);

        outbound.on(event, message);

        ArgumentCaptor<Object> payload = ArgumentCaptor.forClass(Object.class);
        verify(publisher).publish(eq(CaseTopics.EVENTS), eq(CompulsoryRehabStarted.TYPE), eq(1), eq(message), eq("17167"),
                payload.capture());
        assertThat(payload.getValue()).isEqualTo(new CompulsoryRehabStarted("d-1", "s-1", LocalDate.of(2026, 5, 25),
                "Cơ sở cai nghiện số 1", 18));
    }

    @Test
    void givenWantedPersonRegistered_whenPublished_thenInTheHidingCommuneWithoutNameOrWarrant() {
        var event = new vn.pcmt.cases.domain.event.WantedPersonRegistered("w-1", "Lò Văn Sáu", null, "05/QĐ-TN", "251",
                LocalDate.of(2026, 1, 12), "17167", "17167-02");
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("WantedPerson", "w-1", 0, event);

        outbound.on(event, message);

        ArgumentCaptor<Object> payload = ArgumentCaptor.forClass(Object.class);
        verify(publisher).publish(eq(CaseTopics.EVENTS), eq(vn.pcmt.cases.api.v1.WantedPersonRegistered.TYPE), eq(1), any(),
                eq("17167"), payload.capture());
        assertThat(payload.getValue().toString()).doesNotContain("Lò Văn Sáu").doesNotContain("05/QĐ-TN");
    }

    @Test
    void givenHotspotEliminated_whenPublished_thenInactiveInItsCommuneWithoutTheNote() {
        var event = new vn.pcmt.cases.domain.event.HotspotStageChanged("h-1", "17167", HotspotStage.IDENTIFIED, HotspotStage.ELIMINATED,
                LocalDate.of(2026, 3, 15), "Đã triệt xóa nhà ông X");
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("Hotspot", "h-1", 1, event);

        outbound.on(event, message);

        ArgumentCaptor<Object> payload = ArgumentCaptor.forClass(Object.class);
        verify(publisher).publish(eq(CaseTopics.EVENTS), eq(HotspotStageChanged.TYPE), eq(1), any(), eq("17167"), payload.capture());
        assertThat(payload.getValue()).isEqualTo(new HotspotStageChanged("h-1", "IDENTIFIED", "ELIMINATED", LocalDate.of(2026, 3, 15), false));
        assertThat(payload.getValue().toString()).doesNotContain("ông X");
    }

    @Test
    void givenCaseOpenedWithANamedPerson_whenPublished_thenWithoutNameOrIdentityNumber() {
        var named = new CasePerson("p-2", null, "Hà Văn Tám", LocalDate.of(1990, 5, 1), "040090001234", "17167", "17167-02");
        var event = new vn.pcmt.cases.domain.event.CaseOpened("c-1", CaseKind.CRIMINAL, "249", null, "17167", "17167-02",
                LocalDate.of(2026, 3, 2), null, "Bắt quả tang tại nhà ông Y", List.of(named));
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("DrugCase", "c-1", 0, event);

        outbound.on(event, message);

        ArgumentCaptor<Object> payload = ArgumentCaptor.forClass(Object.class);
        verify(publisher).publish(eq(CaseTopics.EVENTS), eq(vn.pcmt.cases.api.v1.CaseOpened.TYPE), eq(1), any(), eq("17167"),
                payload.capture());
        assertThat(payload.getValue()).isEqualTo(new vn.pcmt.cases.api.v1.CaseOpened("c-1", "CRIMINAL", "249", "17167", "17167-02",
                LocalDate.of(2026, 3, 2), List.of(new CaseOffender("p-2", null, "17167", "17167-02"))));
    }

    @Test
    void givenArrestOfAPersonLivingElsewhere_whenPublished_thenInTheCommuneWhereTheyLive() {
        var event = new vn.pcmt.cases.domain.event.ArrestMade("c-1", "a-1", "p-1", "s-1", "249", "17167", "17170", "17170-01",
                ArrestKind.CAUGHT_IN_ACT, LocalDate.of(2026, 3, 2));
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("DrugCase", "c-1", 3, event);

        outbound.on(event, message);

        verify(publisher).publish(eq(CaseTopics.EVENTS), eq(vn.pcmt.cases.api.v1.ArrestMade.TYPE), eq(1), any(), eq("17170"), any());
    }

    @Test
    void givenGangWithANamedMember_whenPublished_thenCountedWithoutAliasOrName() {
        var event = new vn.pcmt.cases.domain.event.GangIdentified("g-1", GangKind.NETWORK, "Đường dây Tùng béo", GangActivity.TRAFFICKING,
                "17167", null, LocalDate.of(2026, 1, 20), List.of(new GangMember("m-1", "s-1", null, GangMember.Role.LEADER),
                        new GangMember("m-2", null, "Tùng béo", GangMember.Role.MEMBER)));
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("Gang", "g-1", 0, event);

        outbound.on(event, message);

        ArgumentCaptor<Object> payload = ArgumentCaptor.forClass(Object.class);
        verify(publisher).publish(eq(CaseTopics.EVENTS), eq(vn.pcmt.cases.api.v1.GangIdentified.TYPE), eq(1), any(), eq("17167"),
                payload.capture());
        assertThat(payload.getValue()).isEqualTo(new vn.pcmt.cases.api.v1.GangIdentified("g-1", "NETWORK", "TRAFFICKING", "17167", null,
                LocalDate.of(2026, 1, 20), 2, List.of("s-1")));
    }

    @Test
    void givenSeriousIncident_whenPublished_thenWhereThePersonLivesWithoutTheDescription() {
        var event = new vn.pcmt.cases.domain.event.SeriousIncidentRecorded("i-1", "17167", null, LocalDate.of(2026, 8, 14),
                IncidentCause.ADDICT, "s-1", "17170", IncidentSeverity.ESPECIALLY_SERIOUS, 1, 0, "Giết người tại nhà ông Z");
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("SeriousIncident", "i-1", 0, event);

        outbound.on(event, message);

        ArgumentCaptor<Object> payload = ArgumentCaptor.forClass(Object.class);
        verify(publisher).publish(eq(CaseTopics.EVENTS), eq(vn.pcmt.cases.api.v1.SeriousIncidentRecorded.TYPE), eq(1), any(),
                eq("17170"), payload.capture());
        assertThat(payload.getValue()).isEqualTo(new vn.pcmt.cases.api.v1.SeriousIncidentRecorded("i-1", "17167", null,
                LocalDate.of(2026, 8, 14), "ADDICT", "s-1", "17170", "ESPECIALLY_SERIOUS", true, 1, 0));
    }
}
