package vn.pcmt.reporting.integration.inbound;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.registry.api.v1.CategoryChanged;
import vn.pcmt.registry.api.v1.EntryRetracted;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.SubjectDetailsCorrected;
import vn.pcmt.registry.api.v1.SubjectMerged;
import vn.pcmt.registry.api.v1.SubjectMoved;
import vn.pcmt.registry.api.v1.SubjectRegistered;
import vn.pcmt.registry.api.v1.SubjectRemoved;
import vn.pcmt.reporting.query.subjectresidence.SubjectResidenceDocument;
import vn.pcmt.reporting.query.subjectresidence.SubjectResidenceReplica;

/**
 * Keeps one document per subject where they live now and why they are listed. A subject's events share a partition,
 * so they arrive in order; each is applied once, and applying one sets values rather than adding to counts.
 */
@Component
public class RegistryEventsConsumer {

    static final String CONSUMER = "reporting-subject-residence";

    private final InboundEvents inbound;
    private final SubjectResidenceReplica residences;

    public RegistryEventsConsumer(InboundEvents inbound, SubjectResidenceReplica residences) {
        this.inbound = inbound;
        this.residences = residences;
    }

    /** A poll at a time: each event applied in order, the poll's marks in one write. */
    @KafkaListener(topics = RegistryTopics.EVENTS, groupId = CONSUMER, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.applyEachOnce(CONSUMER, records, (event, record) -> apply(event));
    }

    /** Whether the event is one the residences keep. */
    private boolean apply(IntegrationEvent e) {
        switch (e.eventType()) {
            case SubjectRegistered.TYPE -> {
                SubjectRegistered subject = inbound.payload(e, SubjectRegistered.class);
                residences.save(new SubjectResidenceDocument(subject.subjectId(), subject.residence().communeCode(),
                        subject.residence().villageCode(), subject.category().name(), subject.sex().name(),
                        subject.birthYear(), e.occurredAt(), false));
            }
            case SubjectMoved.TYPE -> {
                SubjectMoved moved = inbound.payload(e, SubjectMoved.class);
                residences.moved(moved.subjectId(), moved.to().communeCode(), moved.to().villageCode());
            }
            case CategoryChanged.TYPE -> {
                CategoryChanged changed = inbound.payload(e, CategoryChanged.class);
                residences.categoryChanged(changed.subjectId(), changed.to().name());
            }
            case SubjectRemoved.TYPE -> residences.removed(inbound.payload(e, SubjectRemoved.class).subjectId());
            case SubjectDetailsCorrected.TYPE -> {
                SubjectDetailsCorrected corrected = inbound.payload(e, SubjectDetailsCorrected.class);
                residences.corrected(corrected.subjectId(), corrected.sex().name(), corrected.birthYear());
            }
            case EntryRetracted.TYPE -> {
                EntryRetracted restated = inbound.payload(e, EntryRetracted.class);
                residences.restated(restated.subjectId(), restated.residence().communeCode(),
                        restated.residence().villageCode(), restated.category().name(), !restated.onList());
            }
            case SubjectMerged.TYPE -> residences.removed(inbound.payload(e, SubjectMerged.class).subjectId());
            default -> {
                return false; // other registry events do not change where a subject lives or why they are listed
            }
        }
        return true;
    }
}
