package vn.pcmt.assessment.integration.inbound;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.facts.CaseFact;
import vn.pcmt.assessment.domain.facts.CaseFact.Kind;
import vn.pcmt.assessment.domain.facts.EventPosition;
import vn.pcmt.assessment.query.casefacts.CaseFactLedger;
import vn.pcmt.cases.api.v1.ArrestMade;
import vn.pcmt.cases.api.v1.CaseOffender;
import vn.pcmt.cases.api.v1.CaseOpened;
import vn.pcmt.cases.api.v1.CasePersonAdded;
import vn.pcmt.cases.api.v1.CasePersonLinked;
import vn.pcmt.cases.api.v1.CaseStageReached;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.cases.api.v1.CultivationIncidentRecorded;
import vn.pcmt.cases.api.v1.GangDismantled;
import vn.pcmt.cases.api.v1.GangIdentified;
import vn.pcmt.cases.api.v1.HidingPlaceRecorded;
import vn.pcmt.cases.api.v1.HotspotIdentified;
import vn.pcmt.cases.api.v1.HotspotStageChanged;
import vn.pcmt.cases.api.v1.SeriousIncidentRecorded;
import vn.pcmt.cases.api.v1.WantedPersonCaptured;
import vn.pcmt.cases.api.v1.WantedPersonRegistered;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.kafka.InboundEvents;

/**
 * Case-service's events as facts for the criteria (an aggregate's events share a partition, so they arrive in order;
 * each is applied once), each kept with the position it was read at. Seizures, gang members and compulsory rehab change no count the criteria read.
 */
@Component
public class CaseFactsConsumer {

    static final String CONSUMER = "assessment-case-facts";

    private final InboundEvents inbound;
    private final CaseFactLedger ledger;

    public CaseFactsConsumer(InboundEvents inbound, CaseFactLedger ledger) {
        this.inbound = inbound;
        this.ledger = ledger;
    }

    @KafkaListener(topics = CaseTopics.EVENTS, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        IntegrationEvent event = inbound.read(record.value());
        EventPosition position = new EventPosition(record.topic(), record.partition(), record.offset());
        List<CaseFact> facts = facts(event).stream().map(fact -> fact.readAt(position)).toList();
        if (!facts.isEmpty()) {
            inbound.applyOnce(CONSUMER, event, e -> ledger.record(facts));
        }
    }

    List<CaseFact> facts(IntegrationEvent e) {
        String id = e.eventId();
        String aggregate = e.aggregateId();
        long version = e.aggregateVersion();
        return switch (e.eventType()) {
            case HotspotIdentified.TYPE -> {
                HotspotIdentified p = inbound.payload(e, HotspotIdentified.class);
                yield List.of(CaseFact.of(id, Kind.HOTSPOT_IDENTIFIED, aggregate, version, p.identifiedOn())
                        .at(p.communeCode(), p.villageCode()).flag(p.drugUsePoint()));
            }
            case HotspotStageChanged.TYPE -> {
                HotspotStageChanged p = inbound.payload(e, HotspotStageChanged.class);
                yield List.of(CaseFact.of(id, Kind.HOTSPOT_STAGE, aggregate, version, p.on()).detail(p.stage()).flag(p.active()));
            }
            case CaseOpened.TYPE -> {
                CaseOpened p = inbound.payload(e, CaseOpened.class);
                List<CaseFact> facts = new ArrayList<>();
                facts.add(CaseFact.of(id, Kind.CASE_OPENED, aggregate, version, p.openedOn()).at(p.communeCode(), p.villageCode())
                        .detail(p.kind() + ":" + (p.article() == null ? "" : p.article())));
                for (CaseOffender person : p.persons() == null ? List.<CaseOffender>of() : p.persons()) {
                    facts.add(offender(id, aggregate, version, p.openedOn(), person));
                }
                yield facts;
            }
            case CasePersonAdded.TYPE -> {
                CasePersonAdded p = inbound.payload(e, CasePersonAdded.class);
                yield List.of(offender(id, aggregate, version, p.identifiedOn(), p.person()));
            }
            case CasePersonLinked.TYPE -> {
                CasePersonLinked p = inbound.payload(e, CasePersonLinked.class);
                yield List.of(CaseFact.of(id, Kind.OFFENDER_LINKED, aggregate, version, e.occurredAt())
                        .person(p.personId(), p.residenceCommuneCode(), p.residenceVillageCode()));
            }
            case CaseStageReached.TYPE -> {
                CaseStageReached p = inbound.payload(e, CaseStageReached.class);
                yield List.of(CaseFact.of(id, Kind.CASE_STAGE, aggregate, version, p.on()).detail(p.stage()));
            }
            case ArrestMade.TYPE -> {
                ArrestMade p = inbound.payload(e, ArrestMade.class);
                yield List.of(CaseFact.of(id, Kind.ARREST, aggregate, version, p.arrestedOn())
                        .person(p.personId(), p.residenceCommuneCode(), p.residenceVillageCode()));
            }
            case CultivationIncidentRecorded.TYPE -> {
                CultivationIncidentRecorded p = inbound.payload(e, CultivationIncidentRecorded.class);
                yield List.of(CaseFact.of(id, Kind.CULTIVATION, aggregate, version, p.destroyedOn()).at(p.communeCode(), p.villageCode())
                        .destroyed(p.plants(), p.areaM2()));
            }
            case WantedPersonRegistered.TYPE -> {
                WantedPersonRegistered p = inbound.payload(e, WantedPersonRegistered.class);
                yield List.of(CaseFact.of(id, Kind.WANTED, aggregate, version, p.wantedSince())
                        .at(p.hidingCommuneCode(), p.hidingVillageCode()).detail(p.article()));
            }
            case HidingPlaceRecorded.TYPE -> {
                HidingPlaceRecorded p = inbound.payload(e, HidingPlaceRecorded.class);
                yield List.of(CaseFact.of(id, Kind.HIDING_PLACE, aggregate, version, p.since()).at(p.communeCode(), p.villageCode()));
            }
            case WantedPersonCaptured.TYPE -> List.of(CaseFact.of(id, Kind.CAPTURED, aggregate, version,
                    inbound.payload(e, WantedPersonCaptured.class).capturedOn()));
            case GangIdentified.TYPE -> {
                GangIdentified p = inbound.payload(e, GangIdentified.class);
                yield List.of(CaseFact.of(id, Kind.GANG_IDENTIFIED, aggregate, version, p.identifiedOn()).at(p.communeCode(),
                        p.villageCode()).detail(p.activity()));
            }
            case GangDismantled.TYPE -> List.of(CaseFact.of(id, Kind.GANG_DISMANTLED, aggregate, version,
                    inbound.payload(e, GangDismantled.class).dismantledOn()));
            case SeriousIncidentRecorded.TYPE -> {
                SeriousIncidentRecorded p = inbound.payload(e, SeriousIncidentRecorded.class);
                yield List.of(CaseFact.of(id, Kind.SERIOUS_INCIDENT, aggregate, version, p.occurredOn()).at(p.communeCode(),
                        p.villageCode()).person(p.subjectId(), p.residenceCommuneCode(), null).detail(p.severity())
                        .flag(p.breaksCriterion8()));
            }
            default -> List.of();
        };
    }

    /** One fact per person, its id derived from the event's and the person's so a redelivery overwrites it. */
    private static CaseFact offender(String eventId, String caseId, long version, LocalDate on, CaseOffender person) {
        return CaseFact.of(eventId + ":" + person.personId(), Kind.OFFENDER, caseId, version, on)
                .person(person.personId(), person.residenceCommuneCode(), person.residenceVillageCode());
    }
}
