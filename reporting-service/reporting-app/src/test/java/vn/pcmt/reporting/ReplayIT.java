package vn.pcmt.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import vn.pcmt.assessment.api.v1.AreaLevel;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.security.TestTokens;
import vn.pcmt.registry.api.v1.Category;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.Residence;
import vn.pcmt.registry.api.v1.Sex;
import vn.pcmt.registry.api.v1.SubjectMoved;
import vn.pcmt.registry.api.v1.SubjectRegistered;
import vn.pcmt.reporting.query.replay.ReplayDocument;
import vn.pcmt.reporting.query.subjectresidence.ProjectionVersions;

/**
 * A replay rebuilds the projections (the live summary's residences and counts, the subjects' histories, the area
 * directory) into a new version beside the one read, switches to it once it has read everything, and keeps it live; the figures
 * read never change while it runs.
 */
@ExtendWith(InfrastructureExtension.class)
@DirtiesContext // closed while the broker and the store still run: its consumers stop cleanly, not at JVM exit
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "pcmt.reporting.replay-check-ms=200")
class ReplayIT {

    static final String ADMINISTRATOR = TestTokens.issue("quan-tri", "ADMINISTRATOR", List.of());

    @Autowired
    TestRestTemplate http;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    ProjectionVersions versions;
    @Autowired
    MongoTemplate mongo;

    @Test
    void givenSubjectsCounted_whenAnAdministratorReplays_thenTheNewVersionCatchesUpIsSwitchedToAndStaysLive() throws Exception {
        publish(AssessmentTopics.EVENTS, "44", AreaRegistered.TYPE, new AreaRegistered("44", "Quảng Bình", AreaLevel.PROVINCE, null));
        publish(AssessmentTopics.EVENTS, "19000", AreaRegistered.TYPE, new AreaRegistered("19000", "Xã Mười Chín", AreaLevel.COMMUNE, "44"));
        publish(AssessmentTopics.EVENTS, "19001", AreaRegistered.TYPE, new AreaRegistered("19001", "Xã Mười Chín Một", AreaLevel.COMMUNE, "44"));
        for (int i = 0; i < 3; i++) {
            subject("r-" + i, "19000", Category.ADDICT);
        }
        publish(RegistryTopics.EVENTS, "r-0", "19001", 1, SubjectMoved.TYPE, new SubjectMoved("r-0", new Residence("19000", null),
                new Residence("19001", null), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), false));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(total("19001")).isEqualTo(1));
        int before = versions.current().active();

        ResponseEntity<String> started = exchange(HttpMethod.POST, "/api/reports/replays", ADMINISTRATOR);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        String location = started.getHeaders().getLocation().toString();
        assertThat(mapper.readTree(started.getBody()).get("version").asInt()).isEqualTo(before + 1);
        assertThat(versions.current().active()).isEqualTo(before); // the version in use is read while the new one builds
        assertThat(total("19000")).isEqualTo(2);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(mapper.readTree(exchange(HttpMethod.GET, location, ADMINISTRATOR).getBody()).get("status").asText()).isEqualTo("SWITCHED"));
        JsonNode done = mapper.readTree(exchange(HttpMethod.GET, location, TestTokens.issue("phan-tich", "ANALYST", List.of())).getBody());
        assertThat(done.get("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(done.get("applied").asLong()).isEqualTo(done.get("total").asLong());
        assertThat(versions.current().active()).isEqualTo(before + 1);
        assertThat(mongo.getCollection(ProjectionVersions.collection(before + 1)).countDocuments(new org.bson.Document("_id", "r-0")))
                .isEqualTo(1); // the figures come from the rebuilt version
        assertThat(mongo.getCollection(ProjectionVersions.historyCollection(before + 1)).countDocuments(new org.bson.Document("_id", "r-0")))
                .isEqualTo(1); // and so do the histories the as-of reports fold
        assertThat(mongo.getCollection(ProjectionVersions.directoryCollection(before + 1)).countDocuments(new org.bson.Document("_id", "19001")))
                .isEqualTo(1); // and the area directory the reports break areas down by
        mongo.getCollection(ProjectionVersions.historyCollection(before)).drop(); // nothing reads the version before any more
        mongo.getCollection(ProjectionVersions.directoryCollection(before)).drop();
        JsonNode asOf = mapper.readTree(http.getForObject("/api/reports/subjects?areaCode=44", String.class));
        assertThat(asOf.at("/subjects/total").asLong()).isEqualTo(3);
        assertThat(asOf.at("/children/1/subjects/total").asLong()).isEqualTo(1); // r-0, moved to 19001
        assertThat(total("19000")).isEqualTo(2);
        assertThat(total("19001")).isEqualTo(1);
        assertThat(total("44")).isEqualTo(3);

        subject("r-3", "19001", Category.ILLEGAL_USER); // the new version stays live
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(total("19001")).isEqualTo(2));

        // nothing left to read: the figures are up to date, group by group
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode readiness = mapper.readTree(exchange(HttpMethod.GET, "/api/reports/readiness", ADMINISTRATOR).getBody());
            assertThat(readiness.get("upToDate").asBoolean()).isTrue();
            assertThat(readiness.get("behind").asLong()).isZero();
            assertThat(readiness.get("byGroup").has(ProjectionVersions.historyConsumerGroup(before + 1))).isTrue();
            assertThat(readiness.get("byGroup").has("reporting-event-log")).isTrue();
        });
        assertThat(exchange(HttpMethod.GET, "/api/reports/readiness", TestTokens.issue("kiem-tra", "AUDITOR", List.of())).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void givenOtherRolesAReplayRunningOrAnUnknownId_whenReplays_thenRefusedWithProblems() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> versions.current().building() == null); // the other test's done
        long replaysBefore = mongo.count(new org.springframework.data.mongodb.core.query.Query(), ReplayDocument.class);
        String officer = TestTokens.issue("ca-xa-19000", "COMMUNE_OFFICER", List.of("19000"));
        assertThat(code(exchange(HttpMethod.POST, "/api/reports/replays", officer))).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(code(exchange(HttpMethod.POST, "/api/reports/replays", TestTokens.issue("phan-tich", "ANALYST", List.of()))))
                .isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(code(exchange(HttpMethod.GET, "/api/reports/replays/x", officer))).isEqualTo("ROLE_NOT_ALLOWED");
        ResponseEntity<String> unknown = exchange(HttpMethod.GET, "/api/reports/replays/" + UUID.randomUUID(), ADMINISTRATOR);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(code(unknown)).isEqualTo("REPLAY_UNKNOWN");

        assertThat(versions.current().building()).isNull(); // the refusals started nothing
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), ReplayDocument.class)).isEqualTo(replaysBefore);
        int building = versions.startBuilding().orElseThrow(); // as a replay begins, before its record is written
        assertThat(versions.startBuilding()).isEmpty(); // a second at the same time does not get it
        ResponseEntity<String> second = exchange(HttpMethod.POST, "/api/reports/replays", ADMINISTRATOR);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(code(second)).isEqualTo("REPLAY_RUNNING");

        // the build's record written after all: it is finished and switched to like any other, leaving nothing half-built
        mongo.insert(new ReplayDocument(UUID.randomUUID().toString(), "subject-residence", building, "quan-tri", Instant.now(),
                ReplayDocument.Status.BUILDING, 0, 0, null, null));
        await().atMost(Duration.ofSeconds(60)).until(() -> versions.current().building() == null);
        assertThat(versions.current().active()).isEqualTo(building);
    }

    private String code(ResponseEntity<String> response) throws Exception {
        return mapper.readTree(response.getBody()).get("code").asText();
    }

    private ResponseEntity<String> exchange(HttpMethod method, String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, method, new HttpEntity<>(headers), String.class);
    }

    private long total(String areaCode) throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/reports/summary?areaCode=" + areaCode, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return mapper.readTree(response.getBody()).at("/subjects/total").asLong();
    }

    private void subject(String subjectId, String commune, Category category) throws Exception {
        publish(RegistryTopics.EVENTS, subjectId, commune, 0, SubjectRegistered.TYPE, new SubjectRegistered(subjectId, category, Sex.MALE, 1990,
                new Residence(commune, null), "DOOR_TO_DOOR_REVIEW", LocalDate.of(2026, 3, 1)));
    }

    private void publish(String topic, String key, String type, Object payload) throws Exception {
        publish(topic, key, key, 0, type, payload);
    }

    /**
     * {@code areaCode}: the area the event is recorded in (a subject's commune); {@code version}: its aggregate version (a
     * subject's registration 0, its next event 1, …).
     */
    private void publish(String topic, String key, String areaCode, long version, String type, Object payload) throws Exception {
        IntegrationEvent event = new IntegrationEvent(UUID.randomUUID().toString(), type, 1, key, version, LocalDate.of(2026, 3, 1), Instant.now(),
                Actor.system("test"), areaCode, mapper.valueToTree(payload));
        kafka.send(topic, key, mapper.writeValueAsString(event)).get();
    }
}
