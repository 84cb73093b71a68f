package vn.pcmt.assessment.integration.inbound;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.facts.EventPosition;
import vn.pcmt.assessment.domain.facts.TimelineEntry;
import vn.pcmt.assessment.domain.facts.TimelineEntry.Kind;
import vn.pcmt.assessment.query.personhistory.PersonHistories;
import vn.pcmt.assessment.query.personhistory.PersonHistories.Append;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.registry.api.v1.CategoryChanged;
import vn.pcmt.registry.api.v1.DrugTestRecorded;
import vn.pcmt.registry.api.v1.EntryRetracted;
import vn.pcmt.registry.api.v1.FlagCleared;
import vn.pcmt.registry.api.v1.FlagRaised;
import vn.pcmt.registry.api.v1.ManagementPeriodStarted;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.SubjectMerged;
import vn.pcmt.registry.api.v1.SubjectMoved;
import vn.pcmt.registry.api.v1.SubjectRegistered;
import vn.pcmt.registry.api.v1.SubjectRemoved;
import vn.pcmt.registry.api.v1.SupportRecorded;
import vn.pcmt.registry.api.v1.TreatmentEnded;
import vn.pcmt.registry.api.v1.TreatmentStarted;

/**
 * The registry's events as entries of each subject's history (a subject's events share a partition, so they arrive in
 * order; each is applied once, kept with the position it was read at). Relapses, addiction determinations, residence checks and identity corrections change
 * nothing the criteria read and are skipped.
 */
@Component
public class RegistryTimelineConsumer {

    static final String CONSUMER = "assessment-person-history";

    private final InboundEvents inbound;
    private final PersonHistories histories;

    public RegistryTimelineConsumer(InboundEvents inbound, PersonHistories histories) {
        this.inbound = inbound;
        this.histories = histories;
    }

    /** A poll at a time: its new entries in one write, then their marks in another. */
    @KafkaListener(topics = RegistryTopics.EVENTS, groupId = CONSUMER, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        List<Append> appends = new ArrayList<>();
        inbound.applyEachOnce(CONSUMER, records, new InboundEvents.RecordHandler() {
            @Override
            public boolean apply(IntegrationEvent event, ConsumerRecord<String, String> record) {
                TimelineEntry entry = entry(event);
                if (entry != null) {
                    appends.add(new Append(event.aggregateId(), entry.readAt(new EventPosition(record.topic(), record.partition(),
                            record.offset()))));
                }
                return entry != null;
            }

            @Override
            public void flush() {
                histories.appendAll(List.copyOf(appends));
                appends.clear();
            }
        });
    }

    private TimelineEntry entry(IntegrationEvent e) {
        String id = e.eventId();
        long version = e.aggregateVersion();
        return switch (e.eventType()) {
            case SubjectRegistered.TYPE -> {
                SubjectRegistered p = inbound.payload(e, SubjectRegistered.class);
                yield TimelineEntry.of(id, version, Kind.REGISTERED, e.occurredAt()).category(p.category().name())
                        .residence(p.residence().communeCode(), p.residence().villageCode());
            }
            case CategoryChanged.TYPE -> {
                CategoryChanged p = inbound.payload(e, CategoryChanged.class);
                yield TimelineEntry.of(id, version, Kind.CATEGORY_CHANGED, p.changedOn()).category(p.to().name());
            }
            case SubjectMoved.TYPE -> {
                SubjectMoved p = inbound.payload(e, SubjectMoved.class);
                yield TimelineEntry.of(id, version, Kind.MOVED, p.movedOn()).residence(p.to().communeCode(), p.to().villageCode());
            }
            case SubjectRemoved.TYPE -> TimelineEntry.of(id, version, Kind.LEFT_LIST, inbound.payload(e, SubjectRemoved.class).removedOn());
            case SubjectMerged.TYPE -> TimelineEntry.of(id, version, Kind.LEFT_LIST, inbound.payload(e, SubjectMerged.class).mergedOn());
            case TreatmentStarted.TYPE -> {
                TreatmentStarted p = inbound.payload(e, TreatmentStarted.class);
                yield TimelineEntry.of(id, version, Kind.TREATMENT_STARTED, p.startsOn()).reference(p.treatmentId()).detail(p.kind());
            }
            case TreatmentEnded.TYPE -> {
                TreatmentEnded p = inbound.payload(e, TreatmentEnded.class);
                yield TimelineEntry.of(id, version, Kind.TREATMENT_ENDED, p.endsOn()).reference(p.treatmentId()).detail(p.kind());
            }
            case FlagRaised.TYPE -> {
                FlagRaised p = inbound.payload(e, FlagRaised.class);
                yield TimelineEntry.of(id, version, Kind.FLAG_RAISED, p.raisedOn()).detail(p.flag());
            }
            case FlagCleared.TYPE -> {
                FlagCleared p = inbound.payload(e, FlagCleared.class);
                yield TimelineEntry.of(id, version, Kind.FLAG_CLEARED, p.clearedOn()).detail(p.flag());
            }
            case ManagementPeriodStarted.TYPE -> {
                ManagementPeriodStarted p = inbound.payload(e, ManagementPeriodStarted.class);
                yield TimelineEntry.of(id, version, Kind.MANAGEMENT_STARTED, p.startsOn())
                        .detail(p.endsOn() == null ? null : p.endsOn().toString());
            }
            case DrugTestRecorded.TYPE -> {
                DrugTestRecorded p = inbound.payload(e, DrugTestRecorded.class);
                yield TimelineEntry.of(id, version, Kind.TESTED, p.testedOn()).negative("NEGATIVE".equals(p.result()));
            }
            case SupportRecorded.TYPE -> {
                SupportRecorded p = inbound.payload(e, SupportRecorded.class);
                yield TimelineEntry.of(id, version, Kind.SUPPORTED, p.providedOn()).detail(p.kind());
            }
            case EntryRetracted.TYPE -> {
                EntryRetracted p = inbound.payload(e, EntryRetracted.class);
                yield TimelineEntry.of(id, version, Kind.RETRACTED, p.retractedOn()).voiding(List.copyOf(p.versions()));
            }
            default -> null;
        };
    }
}
