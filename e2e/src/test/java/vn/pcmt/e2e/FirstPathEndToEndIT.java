package vn.pcmt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.pcmt.embedded.launcher.PlatformLauncher;

/**
 * The platform as it runs on one machine (embedded broker and store, four services, identity and the gateway as separate
 * processes), driven over HTTP through the gateway: areas registered in assessment reach the registry, a subject
 * registered in the registry reaches reporting, and a redelivered event is not counted twice; a subject who moves is
 * counted on the right side of the move; a compulsory-rehab dossier's executed decision becomes the subject's treatment;
 * a tip, a case with an arrest, a gang and an incident reach case-service, which knows where the subject lives.
 */
class FirstPathEndToEndIT {

    @TempDir
    static Path dataDir;
    static PlatformLauncher platform;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();
    static String accessToken;

    @BeforeAll
    static void start() {
        Path home = Path.of(System.getProperty("pcmt.home", "..")).toAbsolutePath().normalize();
        platform = PlatformLauncher.start(new PlatformLauncher.Options(home, dataDir, true));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void givenACommuneSystem_whenItSignsInThroughTheGateway_thenATokenTheGatewayIssuedForItsCommune() throws Exception {
        HttpResponse<String> token = signIn("xa-17167-system", "xa17167-system-secret");
        assertThat(token.statusCode()).isEqualTo(200);
        String[] parts = json.readTree(token.body()).get("access_token").asText().split("\\.");
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.get("iss").asText()).isEqualTo(platform.gatewayUrl());
        assertThat(claims.get("role").asText()).isEqualTo("COMMUNE_OFFICER");
        assertThat(claims.get("areas").get(0).asText()).isEqualTo("17167");

        JsonNode discovery = json.readTree(get("/.well-known/openid-configuration").body());
        assertThat(discovery.get("jwks_uri").asText()).isEqualTo(platform.gatewayUrl() + "/oauth2/jwks");
        assertThat(json.readTree(get("/oauth2/jwks").body()).get("keys")).hasSize(1);

        // every service checks the token itself, through the gateway and without it
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/api/subjects?communeCode=17167"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json.readTree(anonymous.body()).get("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(signIn("xa-17167-system", "guessed-secret-000").statusCode()).isEqualTo(401);
        for (PlatformLauncher.Service service : PlatformLauncher.SERVICES.subList(0, 4)) {
            HttpResponse<String> direct = http.send(HttpRequest.newBuilder(URI.create(platform.url(service) + "/api/areas/17167"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(direct.statusCode()).as(service.name()).isEqualTo(401);
        }
    }

    @Test
    void givenACommuneSystem_whenItReachesIntoAnotherCommuneThroughTheGateway_thenRefusedByEachService() throws Exception {
        String commune = json.readTree(signIn("xa-17167-system", "xa17167-system-secret").body()).get("access_token").asText();

        for (String path : List.of("/api/subjects?communeCode=17170", "/api/cases?communeCode=17170", "/api/reports/summary?areaCode=40",
                "/api/areas/17170/facts?asOf=2026-06-30")) {
            HttpResponse<String> refused = getAs(commune, path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(json.readTree(refused.body()).get("code").asText()).as(path).isEqualTo("AREA_OUT_OF_SCOPE");
        }
        // each service's audit is routed to it, and only auditors read it
        for (String path : List.of("/api/audit/subject-reads", "/api/audit/case-reads", "/api/audit/case-reads/verification",
                "/api/audit/statistics-reads")) {
            HttpResponse<String> notAnAuditor = getAs(commune, path);
            assertThat(notAnAuditor.statusCode()).as(path).isEqualTo(403);
            assertThat(json.readTree(notAnAuditor.body()).get("code").asText()).as(path).isEqualTo("AUDITOR_ONLY");
        }
    }

    @Test
    void givenAreasRegistered_whenSubjectRegisteredThroughGateway_thenCountedOnceEvenWhenRedelivered() throws Exception {
        assertThat(post("/api/areas", Map.of("code", "31", "name", "Hải Phòng", "level", "PROVINCE")).statusCode()).isEqualTo(201);
        assertThat(post("/api/areas", Map.of("code", "11311", "name", "Hà Tây", "level", "COMMUNE", "parentCode", "31")).statusCode())
                .isEqualTo(201);
        assertThat(post("/api/areas", Map.of("code", "11311-05", "name", "Thôn 5", "level", "VILLAGE", "parentCode", "11311"))
                .statusCode()).isEqualTo(201);

        HttpResponse<String> unknownVillage = post("/api/subjects", subject("11311-99"));
        assertThat(unknownVillage.statusCode()).isEqualTo(422);
        assertThat(json.readTree(unknownVillage.body()).get("code").asText()).isEqualTo("AREA_UNKNOWN");

        // The registry learns the village from Kafka; until then it answers 422 and stores nothing.
        HttpResponse<String> created = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> post("/api/subjects", subject("11311-05")), response -> response.statusCode() == 201);
        String subjectId = json.readTree(created.body()).get("id").asText();
        assertThat(get("/api/subjects/" + subjectId).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(total(summary("11311"))).isEqualTo(1));
        JsonNode province = summary("31");
        assertThat(total(province)).isEqualTo(1);
        assertThat(province.get("subjects").get("byCategory").get("SUSPECTED").asLong()).isEqualTo(1);
        assertThat(total(summary("11311").get("children").get(0))).isEqualTo(1);

        redeliverRegistryEventOf(subjectId);

        assertThat(total(summary("11311"))).isEqualTo(1);
        assertThat(total(summary("11311-05"))).isEqualTo(1);
    }

    @Test
    void givenSubjectTestedAndMovedThroughGateway_whenFiguresAsked_thenEachCommuneRightOnBothSidesOfTheMove() throws Exception {
        post("/api/areas", Map.of("code", "32", "name", "Nghệ An", "level", "PROVINCE"));
        for (String commune : List.of("17167", "17170")) {
            post("/api/areas", Map.of("code", commune, "name", "Xã " + commune, "level", "COMMUNE", "parentCode", "32"));
            post("/api/areas", Map.of("code", commune + "-01", "name", "Xóm 1", "level", "VILLAGE", "parentCode", commune));
        }
        Map<String, Object> person = Map.of("fullName", "Hồ Văn Khánh", "dateOfBirth", "1994-06-15", "sex", "MALE",
                "nationalId", "040094001122",
                "residence", Map.of("communeCode", "17167", "villageCode", "17167-01"),
                "category", "SUSPECTED", "foundBy", "SELF_DECLARATION", "foundOn", "2026-05-04");
        HttpResponse<String> created = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> post("/api/subjects", person), response -> response.statusCode() == 201);
        String subject = "/api/subjects/" + json.readTree(created.body()).get("id").asText();

        assertThat(post(subject + "/drug-tests", Map.of("testedOn", "2026-05-06", "method", "URINE_LAB", "result", "POSITIVE",
                "substances", List.of("METHAMPHETAMINE"))).statusCode()).isEqualTo(201);
        HttpResponse<String> moved = post(subject + "/moves", Map.of("toCommuneCode", "17170", "toVillageCode", "17170-01",
                "movedOn", "2026-09-01", "reportedOn", "2026-09-01"));
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.headers().firstValue("ETag")).contains("\"3\"");

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(total(summary("17170"))).isEqualTo(1);
            assertThat(total(summary("17167"))).isZero();
        });
        assertThat(summary("17170").get("subjects").get("byCategory").get("ILLEGAL_USER").asLong()).isEqualTo(1);
        assertThat(total(summary("32"))).isEqualTo(1);
        JsonNode oldCommuneBefore = json.readTree(get("/api/subjects/counts?communeCode=17167&asOf=2026-08-31").body());
        JsonNode newCommuneBefore = json.readTree(get("/api/subjects/counts?communeCode=17170&asOf=2026-08-31").body());
        assertThat(oldCommuneBefore.get("total").asInt()).isEqualTo(1);
        assertThat(newCommuneBefore.get("total").asInt()).isZero();

        // the count of illegal users in the new commune, drilled down to the person behind it through the gateway
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(json.readTree(get(
                "/api/reports/subjects/members?areaCode=17170&figure=subjects.byCategory.ILLEGAL_USER").body()).get("items"))
                .extracting(member -> member.get("href").asText()).containsExactly(subject));
    }

    @Test
    void givenAddict_whenCompulsoryRehabDossierExecutedAndEnded_thenTheRegistryRecordsTheTreatment() throws Exception {
        post("/api/areas", Map.of("code", "33", "name", "Ninh Bình", "level", "PROVINCE"));
        post("/api/areas", Map.of("code", "14500", "name", "Xã Gia Viễn", "level", "COMMUNE", "parentCode", "33"));
        post("/api/areas", Map.of("code", "14500-02", "name", "Thôn 2", "level", "VILLAGE", "parentCode", "14500"));
        Map<String, Object> person = Map.of("fullName", "Đỗ Văn Phúc", "dateOfBirth", "1990-10-10", "sex", "MALE",
                "nationalId", "037090001122", "residence", Map.of("communeCode", "14500", "villageCode", "14500-02"),
                "category", "ADDICT", "foundBy", "CASE", "foundOn", "2026-03-01");
        HttpResponse<String> created = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> post("/api/subjects", person), response -> response.statusCode() == 201);
        String subjectId = json.readTree(created.body()).get("id").asText();

        // case-service learns the subject from the registry's topic: until then the dossier is refused as SUBJECT_UNKNOWN
        Map<String, Object> prepared = Map.of("subjectId", subjectId, "communeCode", "14500",
                "preparedOn", "2026-04-20", "violationRecordOn", "2026-04-15", "cvSummary", true,
                "addictionProofOn", "2026-03-10", "personStatement", true, "repeat", false);
        HttpResponse<String> dossier = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> post("/api/rehab-dossiers", prepared), response -> response.statusCode() != 422
                        || !response.body().contains("SUBJECT_UNKNOWN"));
        assertThat(dossier.statusCode()).isEqualTo(201);
        String steps = "/api/rehab-dossiers/" + json.readTree(dossier.body()).get("dossierId").asText() + "/steps";
        assertThat(post(steps, Map.of("step", "NOTIFY", "on", "2026-04-24")).statusCode()).isEqualTo(200);
        HttpResponse<String> early = post(steps, Map.of("step", "SEND_TO_COURT", "on", "2026-05-04"));
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(json.readTree(early.body()).get("code").asText()).isEqualTo("READING_PERIOD_NOT_OVER");
        assertThat(post(steps, Map.of("step", "SEND_TO_COURT", "on", "2026-05-05")).statusCode()).isEqualTo(200);
        assertThat(post(steps, Map.of("step", "COURT_DECISION", "on", "2026-05-19", "decisionNo", "12/2026/QĐ-TA",
                "receivedOn", "2026-05-20", "accepted", true, "months", 18)).statusCode()).isEqualTo(200);
        HttpResponse<String> executed = post(steps, Map.of("step", "EXECUTE", "on", "2026-05-28", "facility", "Cơ sở cai nghiện số 1"));
        assertThat(json.readTree(executed.body()).get("executedLate").asBoolean()).isTrue();
        assertThat(json.readTree(get("/api/rehab-dossiers?communeCode=14500&breached=true").body())).hasSize(1);

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(json.readTree(get("/api/subjects/" + subjectId).body()).at("/status/inTreatment/0").asText())
                        .isEqualTo("COMPULSORY"));
        assertThat(post(steps, Map.of("step", "END", "on", "2026-11-20", "outcome", "EXPELLED")).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(json.readTree(get("/api/subjects/" + subjectId).body()).at("/treatments/0/outcome").asText())
                        .isEqualTo("EXPELLED"));
    }

    @Test
    void givenSubjectOnTheRegistry_whenTippedCaseArrestGangAndIncidentRecordedThroughGateway_thenCaseServiceKnowsWhereTheyLive()
            throws Exception {
        post("/api/areas", Map.of("code", "38", "name", "Thanh Hóa", "level", "PROVINCE"));
        post("/api/areas", Map.of("code", "15000", "name", "Xã Hà Trung", "level", "COMMUNE", "parentCode", "38"));
        post("/api/areas", Map.of("code", "15000-01", "name", "Thôn 1", "level", "VILLAGE", "parentCode", "15000"));
        post("/api/areas", Map.of("code", "15001", "name", "Xã Hà Long", "level", "COMMUNE", "parentCode", "38"));
        Map<String, Object> person = Map.of("fullName", "Lê Văn Hùng", "dateOfBirth", "1993-02-02", "sex", "MALE",
                "nationalId", "038093004455", "residence", Map.of("communeCode", "15000", "villageCode", "15000-01"),
                "category", "ILLEGAL_USER", "foundBy", "CASE", "foundOn", "2026-03-01");
        HttpResponse<String> created = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> post("/api/subjects", person), response -> response.statusCode() == 201);
        String subjectId = json.readTree(created.body()).get("id").asText();

        HttpResponse<String> tip = post("/api/tips", Map.of("channel", "HOTLINE", "receivedOn", "2026-03-10", "communeCode", "15001",
                "content", "Có người bán ma túy ở chợ", "anonymous", true));
        assertThat(tip.statusCode()).isEqualTo(201);
        Map<String, Object> drugCase = Map.of("kind", "CRIMINAL", "article", "251", "communeCode", "15001", "openedOn", "2026-03-12",
                "tipId", json.readTree(tip.body()).get("tipId").asText(), "persons", List.of(Map.of("subjectId", subjectId)));
        HttpResponse<String> opened = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> post("/api/cases", drugCase), response -> response.statusCode() == 201);
        JsonNode openedCase = json.readTree(opened.body());
        assertThat(openedCase.at("/persons/0/residenceCommuneCode").asText()).isEqualTo("15000"); // learnt from the registry
        HttpResponse<String> arrested = post("/api/cases/" + openedCase.get("caseId").asText() + "/arrests", Map.of(
                "personId", openedCase.at("/persons/0/personId").asText(), "kind", "CAUGHT_IN_ACT", "arrestedOn", "2026-03-12"));
        assertThat(json.readTree(arrested.body()).at("/arrests/0/residenceCommuneCode").asText()).isEqualTo("15000");

        assertThat(post("/api/gangs", Map.of("kind", "GANG", "alias", "Nhóm chợ Hà Long", "activity", "RETAIL", "communeCode", "15001",
                "identifiedOn", "2026-03-12", "members", List.of(Map.of("subjectId", subjectId, "role", "LEADER")))).statusCode())
                .isEqualTo(201);
        HttpResponse<String> incident = post("/api/serious-incidents", Map.of("communeCode", "15001", "occurredOn", "2026-03-20",
                "causedBy", "ILLEGAL_USER", "subjectId", subjectId, "severity", "VERY_SERIOUS", "injured", 1, "description", "Gây thương tích"));
        assertThat(json.readTree(incident.body()).get("residenceCommuneCode").asText()).isEqualTo("15000");
    }

    /** Sends the stored record again, then waits until reporting's consumer group has read past it. */
    private void redeliverRegistryEventOf(String subjectId) throws Exception {
        String bootstrap = platform.kafkaBootstrapServers();
        ConsumerRecord<String, String> original = null;
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("pcmt.registry.v1"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (original == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key().equals(subjectId)) {
                        original = record;
                    }
                }
            }
        }
        assertThat(original).as("SubjectRegistered on pcmt.registry.v1").isNotNull();
        TopicPartition partition = new TopicPartition(original.topic(), original.partition());
        long redeliveredOffset;
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            redeliveredOffset = producer.send(new ProducerRecord<>(original.topic(), original.partition(), original.key(),
                    original.value())).get(30, TimeUnit.SECONDS).offset();
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("reporting-subject-residence")
                        .partitionsToOffsetAndMetadata().get();
                OffsetAndMetadata committed = offsets.get(partition);
                return committed != null && committed.offset() > redeliveredOffset;
            });
        }
    }

    private static Map<String, Object> subject(String village) {
        return Map.of("fullName", "Trần Thị Cúc", "dateOfBirth", "1998-11-20", "sex", "FEMALE", "nationalIdMissingReason", "Chưa được cấp",
                "residence", Map.of("communeCode", "11311", "villageCode", village, "address", "Thôn 5, Hà Tây"),
                "category", "SUSPECTED", "foundBy", "DOOR_TO_DOOR_REVIEW", "foundOn", "2026-05-04");
    }

    private static long total(JsonNode summary) {
        return summary.get("subjects").get("total").asLong();
    }

    private static JsonNode summary(String areaCode) throws Exception {
        HttpResponse<String> response = get("/api/reports/summary?areaCode=" + areaCode);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static HttpResponse<String> post(String path, Object body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> getAs(String accessToken, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path)).header("Authorization", "Bearer " + accessToken)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path)).header("Authorization", "Bearer " + token())
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The demo national system's token (area VN): these tests work in several provinces. */
    private static synchronized String token() throws Exception {
        if (accessToken == null) {
            accessToken = json.readTree(signIn("c04-system", "c04-system-demo-secret").body()).get("access_token").asText();
        }
        return accessToken;
    }

    private static HttpResponse<String> signIn(String client, String secret) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
