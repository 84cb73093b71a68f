package vn.pcmt.reporting.query.replay;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.reporting.integration.inbound.ProjectionConsumers;
import vn.pcmt.reporting.query.subjectresidence.CommuneCounts;
import vn.pcmt.reporting.query.subjectresidence.ProjectionVersions;

/**
 * Rebuilds the projections (the subject residences with their counts per commune and the subjects' histories, from the
 * registry topic; the area directory, from assessment's) from the topics' first offsets into a new version while the
 * current one is still read, measures how far the slowest of its consumer groups has read, and switches queries to it
 * once every group has read everything on its topic.
 * Every instance runs {@link #advance()}: it consumes for the versions wanted and switches a replay that has caught up.
 * A figure of a past day needs no replay: the as-of reports fold the histories of the version read, as known at any
 * moment, without changing them.
 */
@Component
public class Replays {

    static final String PROJECTION = "subject-residence";

    private final MongoTemplate mongo;
    private final ProjectionVersions versions;
    private final ProjectionConsumers consumers;
    private final CommuneCounts counts;
    private final Admin admin;
    private final Clock clock;
    private volatile Readiness readiness = new Readiness(false, 0, Map.of(), null);

    public Replays(MongoTemplate mongo, ProjectionVersions versions, ProjectionConsumers consumers, CommuneCounts counts,
                   KafkaAdmin kafkaAdmin, Clock clock) {
        this.mongo = mongo;
        this.versions = versions;
        this.consumers = consumers;
        this.counts = counts;
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        this.clock = clock;
    }

    /** @throws Refusal 409 {@code REPLAY_RUNNING} while another replay is building */
    public ReplayDocument start(String requestedBy) {
        int version = versions.startBuilding().orElseThrow(() -> Refusal.conflict("REPLAY_RUNNING",
                "Đang dựng lại số liệu; chờ lần dựng lại trước hoàn tất."));
        ReplayDocument replay;
        try {
            replay = mongo.insert(new ReplayDocument(UUID.randomUUID().toString(), PROJECTION, version, requestedBy,
                    Instant.now(clock), ReplayDocument.Status.BUILDING, 0, 0, null, null));
        } catch (RuntimeException e) {
            versions.abandon(version);
            throw e;
        }
        consumers.reconcile();
        return replay;
    }

    public Optional<ReplayDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ReplayDocument.class));
    }

    /** Consumes for the versions wanted; measures each replay building and switches to it once it has caught up. */
    @Scheduled(fixedDelayString = "${pcmt.reporting.replay-check-ms:2000}")
    public void advance() {
        if (!consumers.isRunning()) {
            return; // starting or stopping
        }
        consumers.reconcile();
        List<Integer> switched = new ArrayList<>();
        for (ReplayDocument replay : mongo.find(Query.query(Criteria.where("status").is(ReplayDocument.Status.BUILDING)),
                ReplayDocument.class)) {
            // the version is as far as the slowest of its groups (residences, histories, directory): the one with the least
            // of its topic read, the one with the most to read when all are done
            List<Progress> groups = ProjectionVersions.consumerGroups(replay.version()).stream().map(this::progress).toList();
            Progress progress = groups.stream().min(Comparator.comparingDouble(Progress::done)
                    .thenComparing(Comparator.comparingLong(Progress::total).reversed())).orElseThrow();
            boolean caughtUp = groups.stream().allMatch(Progress::caughtUp);
            Instant now = Instant.now(clock);
            // each instance measures; only a replay still building is written, and only the switch's maker marks it switched
            Update update = Update.update("applied", progress.applied()).set("total", progress.total()).set("measuredAt", now);
            if (caughtUp) {
                counts.recountAll(replay.version()); // its consumer has not counted while it was built
                if (versions.switchTo(replay.version()) || versions.current().active() == replay.version()) {
                    update.set("status", ReplayDocument.Status.SWITCHED).set("switchedAt", now);
                    switched.add(replay.version());
                }
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(replay.id()).and("status").is(ReplayDocument.Status.BUILDING)), update,
                    ReplayDocument.class);
        }
        if (!switched.isEmpty()) {
            consumers.reconcile(); // the version read before stops at once
            // events applied between the count above and the switch were not counted by the consumer
            switched.forEach(counts::recountAll);
        }
        measureReadiness();
    }

    /**
     * Whether the figures read are up to date: how many events on the topics the groups filling the version read
     * (and the event log's) have not read yet, as last measured. Many after an upgrade adds a group, which reads its
     * topic from the start: until then as-of figures count fewer.
     */
    public Readiness readiness() {
        return readiness;
    }

    /** {@code behind}: events not read yet, by group; {@code measuredAt}: null before the first measure. */
    public record Readiness(boolean upToDate, long behind, Map<String, Long> byGroup, Instant measuredAt) {
    }

    private void measureReadiness() {
        List<ProjectionVersions.Group> groups = new ArrayList<>(ProjectionVersions.consumerGroups(versions.current().active()));
        groups.add(ProjectionVersions.EVENT_LOG);
        Map<String, Long> byGroup = new java.util.TreeMap<>();
        groups.forEach(group -> {
            Progress progress = progress(group);
            byGroup.put(group.name(), progress.total() - progress.applied());
        });
        long behind = byGroup.values().stream().mapToLong(Long::longValue).sum();
        readiness = new Readiness(behind == 0, behind, byGroup, Instant.now(clock));
    }

    /** Records the group has read (committed) of those on its topics now, from each partition's first kept offset. */
    private Progress progress(ProjectionVersions.Group group) {
        try {
            List<TopicPartition> partitions = admin.describeTopics(group.topics()).allTopicNames().get(10, TimeUnit.SECONDS).entrySet().stream()
                    .flatMap(topic -> topic.getValue().partitions().stream().map(p -> new TopicPartition(topic.getKey(), p.partition())))
                    .toList();
            Map<TopicPartition, OffsetSpec> earliest = partitions.stream().collect(java.util.stream.Collectors.toMap(p -> p, p -> OffsetSpec.earliest()));
            Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(java.util.stream.Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            var first = admin.listOffsets(earliest).all().get(10, TimeUnit.SECONDS);
            var end = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.name()).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS);
            long applied = 0;
            long total = 0;
            boolean caughtUp = true;
            for (TopicPartition partition : partitions) {
                long from = first.get(partition).offset();
                long to = end.get(partition).offset();
                OffsetAndMetadata read = committed.get(partition);
                long position = read == null ? from : Math.max(from, read.offset());
                total += to - from;
                applied += Math.min(position, to) - from;
                caughtUp &= position >= to;
            }
            return new Progress(applied, total, caughtUp);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring " + group.name(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not say how far " + group.name() + " has read", e);
        }
    }

    private record Progress(long applied, long total, boolean caughtUp) {

        /** The share of the topic read. */
        double done() {
            return total == 0 ? 1 : (double) applied / total;
        }
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
