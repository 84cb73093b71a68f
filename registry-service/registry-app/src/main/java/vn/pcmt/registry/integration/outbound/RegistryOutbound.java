package vn.pcmt.registry.integration.outbound;

import java.time.LocalDate;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.axon.EventMetaData;
import vn.pcmt.platform.kafka.IntegrationEventPublisher;
import vn.pcmt.registry.api.v1.AddictionDetermined;
import vn.pcmt.registry.api.v1.Category;
import vn.pcmt.registry.api.v1.CategoryChanged;
import vn.pcmt.registry.api.v1.DrugTestRecorded;
import vn.pcmt.registry.api.v1.EntryRetracted;
import vn.pcmt.registry.api.v1.FlagCleared;
import vn.pcmt.registry.api.v1.FlagRaised;
import vn.pcmt.registry.api.v1.ManagementPeriodStarted;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.RelapseRecorded;
import vn.pcmt.registry.api.v1.Residence;
import vn.pcmt.registry.api.v1.ResidenceChecked;
import vn.pcmt.registry.api.v1.Sex;
import vn.pcmt.registry.api.v1.SubjectDetailsCorrected;
import vn.pcmt.registry.api.v1.SubjectMerged;
import vn.pcmt.registry.api.v1.SubjectMoved;
import vn.pcmt.registry.api.v1.SubjectRegistered;
import vn.pcmt.registry.api.v1.SubjectRemoved;
import vn.pcmt.registry.api.v1.SupportRecorded;
import vn.pcmt.registry.api.v1.TreatmentEnded;
import vn.pcmt.registry.api.v1.TreatmentStarted;
import vn.pcmt.registry.domain.SubjectFile;
import vn.pcmt.registry.domain.event.SubjectChange;
import vn.pcmt.registry.query.subjectfile.SubjectFiles;

/**
 * Domain events → {@code pcmt.registry.v1}, without names, identity numbers, addresses or officers' notes. A tracking
 * processor: an event stored while Kafka is down is sent later. Each event belongs to the commune the subject lived in
 * on its effective date, so the old commune keeps what happened while the subject lived there.
 */
@Component
@ProcessingGroup("registry-outbound")
public class RegistryOutbound {

    private final IntegrationEventPublisher publisher;
    private final SubjectFiles files;

    public RegistryOutbound(IntegrationEventPublisher publisher, SubjectFiles files) {
        this.publisher = publisher;
        this.files = files;
    }

    @EventHandler
    void on(vn.pcmt.registry.domain.event.SubjectRegistered event, DomainEventMessage<?> message) {
        var residence = event.residence();
        publisher.publish(RegistryTopics.EVENTS, SubjectRegistered.TYPE, SubjectRegistered.VERSION, message,
                residence.communeCode(),
                new SubjectRegistered(event.subjectId(), Category.valueOf(event.category().name()),
                        Sex.valueOf(event.sex().name()), event.dateOfBirth().getYear(), residence(event.residence()),
                        event.foundBy().name(), event.foundOn()));
    }

    @EventHandler
    void on(SubjectChange change, DomainEventMessage<?> message) {
        Object payload = change instanceof vn.pcmt.registry.domain.event.EntryRetracted retraction
                ? restatement(retraction, message) : payload(change);
        if (payload == null) {
            return;
        }
        String areaCode = change instanceof vn.pcmt.registry.domain.event.SubjectMoved moved
                ? moved.to().communeCode() : communeOn(change.subjectId(), EventMetaData.effectiveDate(message));
        publisher.publish(RegistryTopics.EVENTS, type(payload), 1, message, areaCode, payload);
    }

    /** After a retraction, the subject's state without the retracted entries, as known when it was recorded. */
    private EntryRetracted restatement(vn.pcmt.registry.domain.event.EntryRetracted retraction, DomainEventMessage<?> message) {
        SubjectFile file = files.find(retraction.subjectId(), null, message.getTimestamp())
                .orElseThrow(() -> new IllegalStateException("No file for " + retraction.subjectId())).file();
        return new EntryRetracted(retraction.subjectId(), retraction.versions(), retraction.retractedOn(),
                Category.valueOf(file.category().name()), residence(file.residence()), !file.isRemoved(),
                file.treatmentsOngoing().stream().map(t -> new EntryRetracted.Treatment(t.treatmentId(), t.kind().name())).toList(),
                file.flags().stream().map(flag -> flag.flag().name()).toList());
    }

    private String communeOn(String subjectId, LocalDate date) {
        SubjectFile file = files.find(subjectId).orElseThrow(() -> new IllegalStateException("No file for " + subjectId)).file();
        return file.residenceOn(date).orElse(file.residences().getFirst()).residence().communeCode();
    }

    /**
     * The published record, or null for what other services have no use for: the supervisor's identity, and the
     * survivor's side of a merge (the duplicate's {@code SubjectMerged} says it all), and an erasure.
     */
    static Object payload(SubjectChange change) {
        return switch (change) {
            case vn.pcmt.registry.domain.event.DrugTestRecorded e -> new DrugTestRecorded(e.subjectId(), e.testId(),
                    e.testedOn(), e.method().name(), e.result().name(), e.substances().stream().map(Enum::name).toList());
            case vn.pcmt.registry.domain.event.CategoryChanged e -> new CategoryChanged(e.subjectId(),
                    Category.valueOf(e.from().name()), Category.valueOf(e.to().name()), e.changedOn(), e.reason());
            case vn.pcmt.registry.domain.event.RelapseRecorded e -> new RelapseRecorded(e.subjectId(), e.relapsedOn(), e.during());
            case vn.pcmt.registry.domain.event.AddictionDetermined e -> new AddictionDetermined(e.subjectId(),
                    e.determinedOn(), e.addicted(), e.notifiedOn(), e.voluntaryRehabDueOn());
            case vn.pcmt.registry.domain.event.ManagementPeriodStarted e -> new ManagementPeriodStarted(e.subjectId(),
                    e.kind().name(), e.startsOn(), e.endsOn(), e.law().name());
            case vn.pcmt.registry.domain.event.ResidenceChecked e -> new ResidenceChecked(e.subjectId(), e.checkedOn());
            case vn.pcmt.registry.domain.event.TreatmentStarted e -> new TreatmentStarted(e.subjectId(), e.treatmentId(),
                    e.kind().name(), e.startsOn());
            case vn.pcmt.registry.domain.event.TreatmentEnded e -> new TreatmentEnded(e.subjectId(), e.treatmentId(),
                    e.kind().name(), e.endsOn(), e.outcome().name());
            case vn.pcmt.registry.domain.event.FlagRaised e -> new FlagRaised(e.subjectId(), e.flag().name(), e.raisedOn());
            case vn.pcmt.registry.domain.event.FlagCleared e -> new FlagCleared(e.subjectId(), e.flag().name(), e.clearedOn());
            case vn.pcmt.registry.domain.event.SupportRecorded e -> new SupportRecorded(e.subjectId(), e.kind().name(), e.providedOn());
            case vn.pcmt.registry.domain.event.SubjectMoved e -> new SubjectMoved(e.subjectId(), residence(e.from()),
                    residence(e.to()), e.movedOn(), e.reportedOn(), e.reportedLate());
            case vn.pcmt.registry.domain.event.SubjectRemoved e -> new SubjectRemoved(e.subjectId(), e.reason().name(), e.removedOn());
            case vn.pcmt.registry.domain.event.SubjectDetailsCorrected e -> new SubjectDetailsCorrected(e.subjectId(),
                    Sex.valueOf(e.sex().name()), e.dateOfBirth().getYear());
            case vn.pcmt.registry.domain.event.SubjectMerged e -> new SubjectMerged(e.subjectId(), e.survivorId(), e.mergedOn());
            case vn.pcmt.registry.domain.event.SupervisorAssigned e -> null;
            case vn.pcmt.registry.domain.event.DuplicateAbsorbed e -> null;
            case vn.pcmt.registry.domain.event.EntryRetracted e -> null; // published as a restatement, see on(...)
            case vn.pcmt.registry.domain.event.SubjectErased e -> null; // other services hold no name to erase
        };
    }

    /** Every published record names its type in a {@code TYPE} constant: {@code registry.<record name>}. */
    static String type(Object payload) {
        return "registry." + payload.getClass().getSimpleName();
    }

    private static Residence residence(vn.pcmt.registry.domain.Residence residence) {
        return new Residence(residence.communeCode(), residence.villageCode());
    }
}
