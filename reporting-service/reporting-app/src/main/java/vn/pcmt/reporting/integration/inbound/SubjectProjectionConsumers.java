package vn.pcmt.reporting.integration.inbound;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
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
import vn.pcmt.reporting.query.subjectresidence.CommuneCounts;
import vn.pcmt.reporting.query.subjectresidence.ProjectionVersions;
import vn.pcmt.reporting.query.subjectresidence.ProjectionVersions.Versions;
import vn.pcmt.reporting.query.subjectresidence.SubjectResidenceDocument;
import vn.pcmt.reporting.query.subjectresidence.SubjectResidenceReplica;
import vn.pcmt.reporting.query.eventlog.EventLogDocument;
import vn.pcmt.reporting.query.subjectstatistics.SubjectHistories;

/**
 * Fills each version of the registry topic's projections ({@link ProjectionVersions}) that is read or being rebuilt:
 * per version one consumer group for the subject residences and one for the subjects' histories, each reading the topic
 * from its start on its own. A subject's events share a partition, so they arrive in order.
 *
 * <p>Residences: one document per subject where they live now and why they are listed. Applying an event sets values
 * rather than adding to counts, and only over an older event of the subject ({@link SubjectResidenceReplica}), so a
 * redelivered or republished event changes nothing and no marks are kept. Once a poll is applied, the communes it touched
 * are recounted ({@link CommuneCounts}), except in a version still being built: nobody reads its counts, and the replay
 * counts every commune before it is switched to.
 *
 * <p>Histories: each subject's registry entries in one document ({@link SubjectHistories}), a poll at a time; an entry
 * is added to a set, so a redelivery adds nothing. An unreadable record goes to the dead-letter topic.
 */
@Component
public class SubjectProjectionConsumers implements SmartLifecycle {

    /** The registry's events that change where a subject lives or why they are listed; the others are passed over unread. */
    static final Set<String> KEPT = Set.of(SubjectRegistered.TYPE, SubjectMoved.TYPE, CategoryChanged.TYPE, SubjectRemoved.TYPE,
            SubjectDetailsCorrected.TYPE, EntryRetracted.TYPE, SubjectMerged.TYPE);

    private final InboundEvents inbound;
    private final MongoTemplate mongo;
    private final ProjectionVersions versions;
    private final CommuneCounts counts;
    private final SubjectHistories histories;
    private final ConcurrentKafkaListenerContainerFactory<String, String> containers;
    private final Map<Integer, List<ConcurrentMessageListenerContainer<String, String>>> running = new ConcurrentHashMap<>();
    /** Per version, communes whose recount failed: tried again after the next poll. */
    private final Map<Integer, Set<String>> uncounted = new ConcurrentHashMap<>();
    private volatile boolean started;

    public SubjectProjectionConsumers(InboundEvents inbound, MongoTemplate mongo, ProjectionVersions versions, CommuneCounts counts,
                                      SubjectHistories histories, ConcurrentKafkaListenerContainerFactory<String, String> containers) {
        this.inbound = inbound;
        this.histories = histories;
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
        return List.of(start(ProjectionVersions.consumerGroup(version), residences),
                start(ProjectionVersions.historyConsumerGroup(version), entries));
    }

    private ConcurrentMessageListenerContainer<String, String> start(String group, BatchMessageListener<String, String> listener) {
        ConcurrentMessageListenerContainer<String, String> container = containers.createContainer(RegistryTopics.EVENTS);
        container.getContainerProperties().setGroupId(group);
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
            Set<String> communes = SubjectProjectionConsumers.this.apply(residences, event);
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

    /** The communes whose counts the event may change; null when it is not one the residences keep. */
    private Set<String> apply(SubjectResidenceReplica residences, IntegrationEvent e) {
        return switch (e.eventType()) {
            case SubjectRegistered.TYPE -> {
                SubjectRegistered subject = inbound.payload(e, SubjectRegistered.class);
                yield residences.save(new SubjectResidenceDocument(subject.subjectId(), subject.residence().communeCode(),
                        subject.residence().villageCode(), subject.category().name(), subject.sex().name(),
                        subject.birthYear(), e.occurredAt(), false, e.aggregateVersion()));
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
                        restated.residence().villageCode(), restated.category().name(), !restated.onList());
            }
            case SubjectMerged.TYPE -> residences.removed(inbound.payload(e, SubjectMerged.class).subjectId(), e.aggregateVersion());
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
