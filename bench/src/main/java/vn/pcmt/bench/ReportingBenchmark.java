package vn.pcmt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reporting at a province's scale (issue 6), against a running platform ({@code ./run}): a test province of
 * {@code --communes} communes is created through the assessment API, then {@code --events} registry events of
 * {@code --subjects} subjects (a registration, then drug tests a week apart, one move in twenty entries) are published
 * to {@code pcmt.registry.v1} as the registry would, and {@code --cases} facts of the fight (hotspots found and
 * eliminated, cases, arrests, cultivation destroyed, over the Ministry's year 2026) to {@code pcmt.cases.v1} as
 * case-service would. Measures how fast reporting keeps them (its event log's consumer group reaching the end of the
 * topics), then the as-of subjects report of the province over them, then the live summary's latency (with the fight,
 * which reads the year's facts), then a replay of the live summary from the topic's first offset (signed in as the administrator
 * {@code --admin-id} / {@code --admin-secret}, the demo one unless named) until it is switched to. Run:
 * <pre>java -Dloader.main=vn.pcmt.bench.ReportingBenchmark -jar bench/target/bench-0.1.0-SNAPSHOT-exec.jar \
 *     --base-url http://127.0.0.1:8080 --bootstrap 127.0.0.1:9092 --communes 100 --villages 2 --subjects 20000 --events 1000000</pre>
 */
final class ReportingBenchmark {

    private static final String TOPIC = "pcmt.registry.v1";
    private static final String CASES_TOPIC = "pcmt.cases.v1";
    private static final String GROUP = "reporting-event-log";
    /**
     * The subjects' histories the as-of report reads: it is timed once they too have caught up. Version 0's group: publish
     * on a fresh platform (after a replay another version's group fills the histories read, and this one stops).
     */
    private static final String HISTORY_GROUP = "reporting-subject-history";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LoadClient.options(args);
        options.putIfAbsent("communes", "100");
        options.putIfAbsent("villages", "2");
        int subjects = Integer.parseInt(options.getOrDefault("subjects", "20000"));
        int events = Integer.parseInt(options.getOrDefault("events", "1000000"));
        int cases = Integer.parseInt(options.getOrDefault("cases", "5000"));
        String bootstrap = options.getOrDefault("bootstrap", "127.0.0.1:9092");
        String province = options.get("province");
        LoadClient client = LoadClient.of(options);
        if (province == null) {
            province = publishAndKeep(options, subjects, events, cases, bootstrap);
        }

        // the summary straight to the service ({@code --reports-url}) or, by default, through the gateway
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest summary = HttpRequest.newBuilder(URI.create(options.getOrDefault("reports-url", options.getOrDefault("base-url",
                "http://127.0.0.1:8080")) + "/api/reports/summary?areaCode=" + province)).header("Authorization", client.bearer()).GET().build();
        for (int warm = 0; warm < 50; warm++) {
            http.send(summary, HttpResponse.BodyHandlers.discarding());
        }
        long[] took = new long[200];
        for (int i = 0; i < took.length; i++) {
            long start = System.nanoTime();
            int status = http.send(summary, HttpResponse.BodyHandlers.discarding()).statusCode();
            took[i] = System.nanoTime() - start;
            if (status != 200) {
                throw new IllegalStateException("summary answered " + status);
            }
        }
        Arrays.sort(took);
        System.out.printf("summary of the province: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", took[99] / 1e6, took[189] / 1e6,
                took[197] / 1e6, took[199] / 1e6);

        String baseUrl = options.getOrDefault("base-url", "http://127.0.0.1:8080");
        replay(baseUrl, LoadClient.signInAsPerson(baseUrl, options.getOrDefault("admin-id", "quan-tri"),
                options.getOrDefault("admin-secret", "quantri-demo-2026")));
    }

    /** Starts a replay of the live summary and waits for its switch; prints the events it read per second. */
    private static void replay(String baseUrl, String token) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/reports/replays"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            System.out.println("replay refused: " + started.statusCode() + " " + started.body());
            return;
        }
        URI replay = URI.create(baseUrl + "/api/reports/replays/" + JSON.readTree(started.body()).get("id").asText());
        JsonNode progress;
        do {
            Thread.sleep(1_000);
            progress = JSON.readTree(http.send(HttpRequest.newBuilder(replay).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            System.out.printf("replay: %s, %,d of %,d events%n", progress.get("status").asText(), progress.get("applied").asLong(),
                    progress.get("total").asLong());
        } while (!"SWITCHED".equals(progress.get("status").asText()));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Replay switched after %.1f s: %,.0f events/s%n", seconds, progress.get("total").asLong() / seconds);
    }

    /** Creates the test province, publishes the events, waits for reporting to keep them and times the as-of report; answers the province. */
    private static String publishAndKeep(Map<String, String> options, int subjects, int events, int cases, String bootstrap)
            throws Exception {
        LoadClient.Setup setup = LoadClient.setUp(options);
        LoadClient client = setup.client();
        String province = "9" + setup.run();
        while (client.get("/api/reports/summary?areaCode=" + province) == null) {
            Thread.sleep(500);
        }

        long published = publish(bootstrap, setup.villages(), subjects, events);
        publishCases(bootstrap, setup.villages(), cases);
        Instant started = Instant.now();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long lag;
            do {
                Thread.sleep(2_000);
                lag = lag(admin, GROUP, TOPIC) + lag(admin, GROUP, CASES_TOPIC);
                System.out.printf("event log behind by %,d events%n", lag);
            } while (lag > 0);
        }
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        System.out.printf("Kept %,d events in %.1f s after the last was published: %,.0f events/s (from the first published)%n",
                published, seconds, published / (seconds + publishSeconds));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (lag(admin, HISTORY_GROUP, TOPIC) > 0) {
                Thread.sleep(2_000);
            }
        }
        double history = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        System.out.printf("Subjects' histories caught up %.1f s after the last was published: %,.0f events/s (from the first published)%n",
                history, published / (history + publishSeconds));

        String asOf = "/api/reports/subjects?areaCode=" + province + "&asOf=" + LocalDate.of(2026, 11, 1);
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            int status = client.getWaiting(asOf, Duration.ofMinutes(10));
            System.out.printf("as-of report %d: %d in %.1f s%n", run, status, (System.nanoTime() - start) / 1e9);
        }

        return province;
    }

    private static double publishSeconds;

    /** Publishes the events (keyed by subject, so each subject's arrive in order); answers how many. */
    private static long publish(String bootstrap, List<String[]> villages, int subjects, int events) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        int perSubject = Math.max(1, events / subjects);
        long sent = 0;
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int s = 0; s < subjects; s++) {
                String subjectId = UUID.randomUUID().toString();
                String[] home = villages.get(s % villages.size());
                LocalDate day = LocalDate.of(2025, 1, 1).plusDays(s % 60);
                List<ObjectNode> history = new ArrayList<>();
                history.add(event(subjectId, 1, "registry.SubjectRegistered", day, home[0], registered(subjectId, home, day)));
                for (int n = 2; n <= perSubject; n++) {
                    day = day.plusDays(7);
                    if (n % 20 == 0) {
                        String[] from = home;
                        home = villages.get((s + n) % villages.size());
                        history.add(event(subjectId, n, "registry.SubjectMoved", day, home[0], moved(subjectId, from, home, day)));
                    } else {
                        history.add(event(subjectId, n, "registry.DrugTestRecorded", day, home[0], tested(subjectId, day, n)));
                    }
                }
                for (ObjectNode event : history) {
                    ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, subjectId, event.toString());
                    // as the registry's publisher does: consumers pass over the types they do not keep unread
                    record.headers().add("pcmt-event-type", event.get("eventType").asText().getBytes(StandardCharsets.UTF_8));
                    producer.send(record);
                    sent++;
                }
                if ((s + 1) % 2_000 == 0) {
                    System.out.printf("published %,d events (%,d subjects)%n", sent, s + 1);
                }
            }
            producer.flush();
        }
        publishSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Published %,d events in %.1f s: %,.0f events/s%n", sent, publishSeconds, sent / publishSeconds);
        return sent;
    }

    /**
     * Publishes {@code count} facts of the fight over the Ministry's year 2026 (15/12/2025–14/12/2026), spread over the
     * villages, keyed by hotspot or case as case-service's publisher does: of every ten, a hotspot found, the one before
     * eliminated, three cases opened (one in five under Art. 256a), four arrests of people living in another village,
     * and a cultivation destroyed.
     */
    private static void publishCases(String bootstrap, List<String[]> villages, int count) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        List<String> articles = List.of("249", "250", "251", "255", "256a");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                String[] where = villages.get(i % villages.size());
                String[] home = villages.get((i + 1) % villages.size());
                LocalDate day = LocalDate.of(2025, 12, 15).plusDays(i % 350);
                String hotspot = "bench-h-" + (i / 10);
                String caseId = "bench-c-" + (i / 10) + "-" + Math.min(i % 10, 4);
                ObjectNode payload = JSON.createObjectNode();
                String type;
                String aggregate;
                long version = 1;
                switch (i % 10) {
                    case 0 -> {
                        type = "cases.HotspotIdentified";
                        aggregate = hotspot;
                        payload.put("hotspotId", hotspot).put("kind", "USE_DEN").put("communeCode", where[0]).put("villageCode", where[1])
                                .put("identifiedOn", day.toString()).put("suspected", false).put("drugUsePoint", true);
                    }
                    case 1 -> {
                        type = "cases.HotspotStageChanged";
                        aggregate = hotspot;
                        version = 2;
                        where = villages.get((i - 1) % villages.size());
                        payload.put("hotspotId", hotspot).put("from", "UNDER_ACTION").put("stage", "ELIMINATED").put("on", day.toString())
                                .put("active", false);
                    }
                    case 2, 3, 4 -> {
                        type = "cases.CaseOpened";
                        aggregate = "bench-c-" + (i / 10) + "-" + (i % 10);
                        payload.put("caseId", aggregate).put("kind", "CRIMINAL").put("article", articles.get((i / 10 + i) % articles.size()))
                                .put("communeCode", where[0]).put("villageCode", where[1]).put("openedOn", day.toString()).putArray("persons");
                    }
                    case 9 -> {
                        type = "cases.CultivationIncidentRecorded";
                        aggregate = "bench-k-" + (i / 10);
                        payload.put("incidentId", aggregate).put("plantKind", "CANNABIS").put("communeCode", where[0])
                                .put("villageCode", where[1]).put("plants", 40 + i % 100).put("areaM2", 12.5).put("destroyedOn", day.toString());
                    }
                    default -> {
                        type = "cases.ArrestMade";
                        aggregate = caseId;
                        version = 2 + i % 10;
                        where = home;
                        payload.put("caseId", caseId).put("arrestId", "bench-a-" + i).put("personId", "bench-p-" + i).put("article", "251")
                                .put("communeCode", villages.get(i % villages.size())[0]).put("residenceCommuneCode", home[0])
                                .put("residenceVillageCode", home[1]).put("kind", "CAUGHT_IN_ACT").put("arrestedOn", day.toString());
                    }
                }
                ObjectNode event = event(aggregate, version, type, day, where[0], payload);
                ProducerRecord<String, String> record = new ProducerRecord<>(CASES_TOPIC, aggregate, event.toString());
                record.headers().add("pcmt-event-type", type.getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
        System.out.printf("Published %,d facts of the fight%n", count);
    }

    /** How far a consumer group is behind the end of {@code topic}. */
    private static long lag(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += end.getValue().offset() - (at == null ? 0 : at.offset());
        }
        return lag;
    }

    private static ObjectNode event(String subjectId, long version, String type, LocalDate day, String commune, ObjectNode payload) {
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("eventType", type);
        event.put("eventVersion", 1);
        event.put("aggregateId", subjectId);
        event.put("aggregateVersion", version);
        event.put("occurredAt", day.toString());
        event.put("recordedAt", Instant.now().toString());
        event.putObject("actor").put("userId", "bench").put("role", "SYSTEM");
        event.put("areaCode", commune);
        event.set("payload", payload);
        return event;
    }

    private static ObjectNode registered(String subjectId, String[] home, LocalDate day) {
        ObjectNode payload = JSON.createObjectNode().put("subjectId", subjectId).put("category", "ILLEGAL_USER").put("sex", "MALE")
                .put("birthYear", 1990 + subjectId.hashCode() % 20).put("foundBy", "DRUG_TEST").put("foundOn", day.toString());
        payload.putObject("residence").put("communeCode", home[0]).put("villageCode", home[1]);
        return payload;
    }

    private static ObjectNode moved(String subjectId, String[] from, String[] to, LocalDate day) {
        ObjectNode payload = JSON.createObjectNode().put("subjectId", subjectId).put("movedOn", day.toString()).put("reportedOn", day.toString())
                .put("reportedLate", false);
        payload.putObject("from").put("communeCode", from[0]).put("villageCode", from[1]);
        payload.putObject("to").put("communeCode", to[0]).put("villageCode", to[1]);
        return payload;
    }

    private static ObjectNode tested(String subjectId, LocalDate day, int n) {
        ObjectNode payload = JSON.createObjectNode().put("subjectId", subjectId).put("testId", subjectId + "-" + n).put("testedOn", day.toString())
                .put("method", "URINE_QUICK").put("result", n % 7 == 0 ? "POSITIVE" : "NEGATIVE");
        payload.putArray("substances");
        return payload;
    }
}
