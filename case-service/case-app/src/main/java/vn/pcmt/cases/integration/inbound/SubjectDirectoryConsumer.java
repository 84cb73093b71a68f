package vn.pcmt.cases.integration.inbound;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.query.subjectdirectory.SubjectDirectoryReplica;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.registry.api.v1.EntryRetracted;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.SubjectMerged;
import vn.pcmt.registry.api.v1.SubjectMoved;
import vn.pcmt.registry.api.v1.SubjectRegistered;
import vn.pcmt.registry.api.v1.SubjectRemoved;

/** Keeps which subjects are on the registry and where they live; a subject's events share a partition, so arrive in order. */
@Component
public class SubjectDirectoryConsumer {

    static final String CONSUMER = "case-subject-directory";

    private final InboundEvents inbound;
    private final SubjectDirectoryReplica subjects;

    public SubjectDirectoryConsumer(InboundEvents inbound, SubjectDirectoryReplica subjects) {
        this.inbound = inbound;
        this.subjects = subjects;
    }

    @KafkaListener(topics = RegistryTopics.EVENTS, groupId = CONSUMER)
    void on(String record) {
        IntegrationEvent event = inbound.read(record);
        switch (event.eventType()) {
            case SubjectRegistered.TYPE -> inbound.applyOnce(CONSUMER, event, e -> {
                SubjectRegistered registered = inbound.payload(e, SubjectRegistered.class);
                subjects.lives(registered.subjectId(), registered.residence().communeCode(), registered.residence().villageCode(), true);
            });
            case SubjectMoved.TYPE -> inbound.applyOnce(CONSUMER, event, e -> {
                SubjectMoved moved = inbound.payload(e, SubjectMoved.class);
                subjects.moved(moved.subjectId(), moved.to().communeCode(), moved.to().villageCode());
            });
            case SubjectRemoved.TYPE -> inbound.applyOnce(CONSUMER, event, e ->
                    subjects.leftTheList(inbound.payload(e, SubjectRemoved.class).subjectId()));
            case SubjectMerged.TYPE -> inbound.applyOnce(CONSUMER, event, e ->
                    subjects.leftTheList(inbound.payload(e, SubjectMerged.class).subjectId()));
            case EntryRetracted.TYPE -> inbound.applyOnce(CONSUMER, event, e -> {
                EntryRetracted restated = inbound.payload(e, EntryRetracted.class);
                subjects.lives(restated.subjectId(), restated.residence().communeCode(), restated.residence().villageCode(),
                        restated.onList());
            });
            default -> {
                // other registry events do not change whether or where a subject lives
            }
        }
    }
}
