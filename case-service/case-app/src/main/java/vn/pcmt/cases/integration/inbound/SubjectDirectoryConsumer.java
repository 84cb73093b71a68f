package vn.pcmt.cases.integration.inbound;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.query.subjectdirectory.SubjectDirectoryReplica;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.registry.api.v1.EntryRetracted;
import vn.pcmt.registry.api.v1.FlagCleared;
import vn.pcmt.registry.api.v1.FlagRaised;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.SubjectMerged;
import vn.pcmt.registry.api.v1.SubjectMoved;
import vn.pcmt.registry.api.v1.SubjectRegistered;
import vn.pcmt.registry.api.v1.SubjectRemoved;

/** Keeps which subjects are on the registry, where they live and whether without stable residence; a subject's events share a partition, so arrive in order. */
@Component
public class SubjectDirectoryConsumer {

    static final String CONSUMER = "case-subject-directory";
    private static final String NO_STABLE_RESIDENCE = "NO_STABLE_RESIDENCE";

    private final InboundEvents inbound;
    private final SubjectDirectoryReplica subjects;

    public SubjectDirectoryConsumer(InboundEvents inbound, SubjectDirectoryReplica subjects) {
        this.inbound = inbound;
        this.subjects = subjects;
    }

    /** A poll at a time: each event applied in order, the poll's marks in one write. */
    @KafkaListener(topics = RegistryTopics.EVENTS, groupId = CONSUMER, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        inbound.applyEachOnce(CONSUMER, records, (event, record) -> apply(event));
    }

    /** Whether the event is one the directory keeps. */
    private boolean apply(IntegrationEvent e) {
        switch (e.eventType()) {
            case SubjectRegistered.TYPE -> {
                SubjectRegistered registered = inbound.payload(e, SubjectRegistered.class);
                subjects.registered(registered.subjectId(), registered.residence().communeCode(), registered.residence().villageCode());
            }
            case SubjectMoved.TYPE -> {
                SubjectMoved moved = inbound.payload(e, SubjectMoved.class);
                subjects.moved(moved.subjectId(), moved.to().communeCode(), moved.to().villageCode());
            }
            case SubjectRemoved.TYPE -> subjects.leftTheList(inbound.payload(e, SubjectRemoved.class).subjectId());
            case SubjectMerged.TYPE -> subjects.leftTheList(inbound.payload(e, SubjectMerged.class).subjectId());
            case EntryRetracted.TYPE -> {
                EntryRetracted restated = inbound.payload(e, EntryRetracted.class);
                subjects.restated(restated.subjectId(), restated.residence().communeCode(), restated.residence().villageCode(),
                        restated.onList());
            }
            case FlagRaised.TYPE -> {
                FlagRaised raised = inbound.payload(e, FlagRaised.class);
                if (NO_STABLE_RESIDENCE.equals(raised.flag())) {
                    subjects.noStableResidence(raised.subjectId(), true);
                }
            }
            case FlagCleared.TYPE -> {
                FlagCleared cleared = inbound.payload(e, FlagCleared.class);
                if (NO_STABLE_RESIDENCE.equals(cleared.flag())) {
                    subjects.noStableResidence(cleared.subjectId(), false);
                }
            }
            default -> {
                return false; // other registry events do not change whether or where a subject lives
            }
        }
        return true;
    }
}
