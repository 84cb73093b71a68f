package vn.pcmt.reporting.integration.inbound;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.api.v1.AreaChanged;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.registry.api.v1.CategoryChanged;
import vn.pcmt.registry.api.v1.EntryRetracted;
import vn.pcmt.registry.api.v1.FlagCleared;
import vn.pcmt.registry.api.v1.FlagRaised;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.SubjectDetailsCorrected;
import vn.pcmt.registry.api.v1.SubjectMerged;
import vn.pcmt.registry.api.v1.SubjectMoved;
import vn.pcmt.registry.api.v1.SubjectRegistered;
import vn.pcmt.registry.api.v1.SubjectRemoved;
import vn.pcmt.registry.api.v1.TreatmentEnded;
import vn.pcmt.registry.api.v1.TreatmentStarted;
import vn.pcmt.reporting.query.areadirectory.AreaDirectory;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.reporting.query.eventlog.EventLogDocument;
import vn.pcmt.reporting.query.subjectresidence.CommuneCounts;
import vn.pcmt.reporting.query.subjectresidence.ProjectionVersions;
import vn.pcmt.reporting.query.subjectresidence.ProjectionVersions.Versions;
import vn.pcmt.reporting.query.subjectresidence.SubjectResidenceDocument;
import vn.pcmt.reporting.query.subjectresidence.SubjectResidenceReplica;
import vn.pcmt.reporting.query.subjectstatistics.SubjectHistories;

/**
 * Fills each version of the projections ({@link ProjectionVersions}) that is read or being rebuilt: per version one
 * consumer group for the subject residences and one for the subjects' histories, each reading the registry topic from
 * its start on its own, and one for the area directory, reading assessment's. A subject's (an area's) events share a
 * partition, so they arrive in order.
 *
 * <p>Residences: one document per subject where they live now and why they are listed. Applying an event sets values
 * rather than adding to counts, and only over an older event of the subject ({@link SubjectResidenceReplica}), so a
 * redelivered or republished event changes nothing and no marks are kept. Once a poll is applied, the communes it touched
 * are recounted ({@link CommuneCounts}), except in a version still being built: nobody reads its counts, and the replay
 * counts every commune before it is switched to.
 *
 * <p>Histories: each subject's registry entries in one document ({@link SubjectHistories}), a poll at a time, appended
 * past the latest version a history has, so a redelivery adds nothing. An unreadable record goes to the dead-letter
 * topic.
 */
@Component
public class ProjectionConsumers implements SmartLifecycle {

    /**
     * The registry's events that change where a subject lives, why they are listed, their treatments under way or their
     * flags; the others are passed over unread.
     */
    static final Set<String> KEPT = Set.of(SubjectRegistered.TYPE, SubjectMoved.TYPE, CategoryChanged.TYPE, SubjectRemoved.TYPE,
            SubjectDetailsCorrected.TYPE, EntryRetracted.TYPE, SubjectMerged.TYPE, TreatmentStarted.TYPE, TreatmentEnded.TYPE,
            FlagRaised.TYPE, FlagCleared.TYPE);

    /** Records a poll of the projections' consumers takes at most. */
    static final int MAX_POLL_RECORDS = 2_000;

    private final InboundEvents inbound;
    private final MongoTemplate mongo;
    private final ProjectionVersions versions;
    private final CommuneCounts counts;
    private final SubjectHistories histories;
    private final AreaDirectory directory;
    private final ConcurrentKafkaListenerContainerFactory<String, String> containers;
    private final Map<Integer, List<ConcurrentMessageListenerContainer<String, String>>> running = new ConcurrentHashMap<>();
    /** Per version, communes whose recount failed: tried again after the next poll. */
    private final Map<Integer, Set<String>> uncounted = new ConcurrentHashMap<>();
    private volatile boolean started;

    public ProjectionConsumers(InboundEvents inbound, MongoTemplate mongo, ProjectionVersions versions, CommuneCounts counts,
                               SubjectHistories histories, AreaDirectory directory,
                               ConcurrentKafkaListenerContainerFactory<String, String> containers) {
        this.inbound = inbound;
        this.histories = histories;
        this.directory = directory;
        this.mongo = mongo;
        this.versions = versions;
        this.counts = counts;
        this.containers = containers;
    }

    /**
     * Consumes for the version read and the one being built, and for no other. The versions are read before the lock is
     * taken, so a store that does not answer (at shutdown, say) never holds up {@link #stop()}.
     */
    public void reconcile() {
        if (!started) {
            return;
        }
        Versions now = versions.current();
        synchronized (this) {
            if (started) {
                consumeFor(now);
            }
        }
    }

    private void consumeFor(Versions now) {
        Set<Integer> wanted = now.building() == null ? Set.of(now.active()) : Set.of(now.active(), now.building());
        wanted.forEach(version -> running.computeIfAbsent(version, this::consume));
        for (Iterator<Map.Entry<Integer, List<ConcurrentMessageListenerContainer<String, String>>>> it = running.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, List<ConcurrentMessageListenerContainer<String, String>>> entry = it.next();
            if (!wanted.contains(entry.getKey())) {
                entry.getValue().forEach(ConcurrentMessageListenerContainer::stop);
                it.remove();
            }
        }
    }

    private List<ConcurrentMessageListenerContainer<String, String>> consume(int version) {
        mongo.indexOps(ProjectionVersions.collection(version))
                .ensureIndex(new Index().on("communeCode", Sort.Direction.ASC).on("villageCode", Sort.Direction.ASC).named("commune_village"));
        histories.prepare(version);
        SubjectResidenceReplica replica = new SubjectResidenceReplica(mongo, version);
        // a poll at a time: its kept events applied in order, then the communes they touched recounted
        BatchMessageListener<String, String> residences = records -> inbound.applyEach(records, KEPT::contains, new Poll(replica, version));
        BatchMessageListener<String, String> entries = records -> Polls.readEach(records,
                record -> histories.additionOf(EventLogDocument.of(inbound.read(record.value()), record)),
                additions -> histories.append(version, additions));
        directory.prepare(version);
        String directoryGroup = ProjectionVersions.directoryConsumerGroup(version);
        // each event applied once (marked by its id): a registration delivered again must not undo a later rename
        BatchMessageListener<String, String> areas = records -> inbound.applyEachOnce(directoryGroup, records,
                (event, record) -> applyToDirectory(version, event));
        return List.of(start(ProjectionVersions.consumerGroup(version), RegistryTopics.EVENTS, residences),
                start(ProjectionVersions.historyConsumerGroup(version), RegistryTopics.EVENTS, entries),
                start(directoryGroup, AssessmentTopics.EVENTS, areas));
    }

    private ConcurrentMessageListenerContainer<String, String> start(String group, String topic, BatchMessageListener<String, String> listener) {
        ConcurrentMessageListenerContainer<String, String> container = containers.createContainer(topic);
        container.getContainerProperties().setGroupId(group);
        // larger polls: a replay reads a whole topic, and a subject's entries of one poll go in one write
        Properties consumer = new Properties();
        consumer.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(MAX_POLL_RECORDS));
        container.getContainerProperties().setKafkaConsumerProperties(consumer);
        container.setBeanName(group);
        container.setupMessageListener(listener);
        container.start();
        return container;
    }

    /** A poll's events applied to one version; the communes they touched recounted at the end. */
    private final class Poll implements InboundEvents.RecordHandler {

        private final SubjectResidenceReplica residences;
        private final int version;
        private final Set<String> touched = new HashSet<>();

        Poll(SubjectResidenceReplica residences, int version) {
            this.residences = residences;
            this.version = version;
        }

        @Override
        public boolean apply(IntegrationEvent event, ConsumerRecord<String, String> record) {
            Set<String> communes = ProjectionConsumers.this.apply(residences, event);
            if (communes == null) {
                return false;
            }
            touched.addAll(communes);
            return true;
        }

        /**
         * Recounts the communes touched, with any a failed recount left: a batch that comes again after a failure finds
         * its events applied already and touches nothing, so what it touched is kept until a recount succeeds.
         */
        @Override
        public void flush() {
            Set<String> waiting = uncounted.computeIfAbsent(version, v -> ConcurrentHashMap.newKeySet());
            waiting.addAll(touched);
            touched.clear();
            if (waiting.isEmpty()) {
                return; // most polls of a replay touch nothing: no need to ask which version is being built
            }
            if (Objects.equals(versions.current().building(), version)) {
                waiting.clear(); // nobody reads a version being built; the replay counts it all before the switch
            } else {
                Set<String> now = Set.copyOf(waiting);
                counts.recount(version, now);
                waiting.removeAll(now);
            }
        }
    }

    /**
     * Keeps the directory: registrations, and the changes after them, each from the day it took effect (renames; moves
     * under a merged or split parent; closes). Other assessment events are not the directory's (areas' standing is read
     * from the event log).
     */
    private boolean applyToDirectory(int version, IntegrationEvent event) {
        switch (event.eventType()) {
            case AreaRegistered.TYPE -> {
                AreaRegistered area = inbound.payload(event, AreaRegistered.class);
                directory.save(version, AreaDirectoryDocument.registered(area.code(), area.name(), area.level().name(), area.parentCode()));
            }
            case AreaChanged.TYPE -> {
                AreaChanged change = inbound.payload(event, AreaChanged.class);
                LocalDate on = change.effectiveOn() != null ? change.effectiveOn() : event.occurredAt();
                directory.find(version, change.code()).map(area -> switch (change.change()) {
                    case "RENAMED" -> area.renamed(change.name());
                    case "MOVED" -> area.movedUnder(change.parentCode(), on);
                    case "CLOSED", "SPLIT" -> area.closed(on);
                    default -> area; // MERGED: the successor itself is unchanged; its predecessors close on their own events
                }).ifPresent(area -> directory.save(version, area));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The communes whose counts the event may change; null when it is not one the residences keep. */
    private Set<String> apply(SubjectResidenceReplica residences, IntegrationEvent e) {
        return switch (e.eventType()) {
            case SubjectRegistered.TYPE -> {
                SubjectRegistered subject = inbound.payload(e, SubjectRegistered.class);
                yield residences.save(new SubjectResidenceDocument(subject.subjectId(), subject.residence().communeCode(),
                        subject.residence().villageCode(), subject.category().name(), subject.sex().name(),
                        subject.birthYear(), e.occurredAt(), false, e.aggregateVersion(), List.of(), List.of()));
            }
            case SubjectMoved.TYPE -> {
                SubjectMoved moved = inbound.payload(e, SubjectMoved.class);
                yield residences.moved(moved.subjectId(), e.aggregateVersion(), moved.to().communeCode(), moved.to().villageCode());
            }
            case CategoryChanged.TYPE -> {
                CategoryChanged changed = inbound.payload(e, CategoryChanged.class);
                yield residences.categoryChanged(changed.subjectId(), e.aggregateVersion(), changed.to().name());
            }
            case SubjectRemoved.TYPE -> residences.removed(inbound.payload(e, SubjectRemoved.class).subjectId(), e.aggregateVersion());
            case SubjectDetailsCorrected.TYPE -> {
                SubjectDetailsCorrected corrected = inbound.payload(e, SubjectDetailsCorrected.class);
                yield residences.corrected(corrected.subjectId(), e.aggregateVersion(), corrected.sex().name(), corrected.birthYear());
            }
            case EntryRetracted.TYPE -> {
                EntryRetracted restated = inbound.payload(e, EntryRetracted.class);
                yield residences.restated(restated.subjectId(), e.aggregateVersion(), restated.residence().communeCode(),
                        restated.residence().villageCode(), restated.category().name(), !restated.onList(),
                        restated.treatments() == null ? null : restated.treatments().stream()
                                .map(t -> new SubjectResidenceDocument.Treatment(t.treatmentId(), t.kind())).toList(),
                        restated.flags());
            }
            case SubjectMerged.TYPE -> residences.removed(inbound.payload(e, SubjectMerged.class).subjectId(), e.aggregateVersion());
            case TreatmentStarted.TYPE -> {
                TreatmentStarted started = inbound.payload(e, TreatmentStarted.class);
                yield residences.treatmentStarted(started.subjectId(), e.aggregateVersion(), started.treatmentId(), started.kind());
            }
            case TreatmentEnded.TYPE -> {
                TreatmentEnded ended = inbound.payload(e, TreatmentEnded.class);
                yield residences.treatmentEnded(ended.subjectId(), e.aggregateVersion(), ended.treatmentId(), ended.kind());
            }
            case FlagRaised.TYPE -> {
                FlagRaised raised = inbound.payload(e, FlagRaised.class);
                yield residences.flagRaised(raised.subjectId(), e.aggregateVersion(), raised.flag());
            }
            case FlagCleared.TYPE -> {
                FlagCleared cleared = inbound.payload(e, FlagCleared.class);
                yield residences.flagCleared(cleared.subjectId(), e.aggregateVersion(), cleared.flag());
            }
            default -> null; // other registry events do not change where a subject lives or why they are listed
        };
    }

    @Override
    public void start() {
        started = true;
        reconcile();
    }

    @Override
    public synchronized void stop() {
        started = false;
        running.values().forEach(version -> version.forEach(ConcurrentMessageListenerContainer::stop));
        running.clear();
    }

    @Override
    public boolean isRunning() {
        return started;
    }
}
