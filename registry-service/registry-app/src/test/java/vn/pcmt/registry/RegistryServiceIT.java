package vn.pcmt.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.assessment.api.v1.AreaLevel;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.embedded.test.TopicRecords;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryRepository;

/** The registry on the embedded store and broker: it learns areas from Kafka and publishes subjects to Kafka. */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryServiceIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AreaDirectoryRepository areas;

    @Test
    void givenVillagePublishedTwice_whenSubjectRegistered_thenStoredOncePublishedWithoutIdentity() throws Exception {
        String areaEvent = areaRegistered("31000-03", "Thôn 3", AreaLevel.VILLAGE, "31000");
        kafka.send(AssessmentTopics.EVENTS, "31000-03", areaEvent).get();
        kafka.send(AssessmentTopics.EVENTS, "31000-03", areaEvent).get();
        await().atMost(Duration.ofSeconds(60)).until(() -> areas.existsById("31000-03"));

        ResponseEntity<String> created = http.postForEntity("/api/subjects", subject("31000", "31000-03", "031095009999"), String.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
        String subjectId = mapper.readTree(created.getBody()).get("id").asText();
        assertThat(http.getForEntity(created.getHeaders().getLocation().getPath(), String.class).getBody()).contains("Nguyễn Văn Bình");

        JsonNode published = awaitPublished(subjectId);
        assertThat(published.get("eventType").asText()).isEqualTo("registry.SubjectRegistered");
        assertThat(published.get("occurredAt").asText()).isEqualTo("2026-04-02");
        assertThat(published.get("areaCode").asText()).isEqualTo("31000");
        assertThat(published.get("payload").get("residence").get("villageCode").asText()).isEqualTo("31000-03");
        assertThat(published.get("payload").get("birthYear").asInt()).isEqualTo(1990);
        assertThat(published.toString()).doesNotContain("Nguyễn Văn Bình").doesNotContain("031095009999");

        ResponseEntity<String> duplicate = http.postForEntity("/api/subjects", subject("31000", "31000-03", "031095009999"), String.class);
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(mapper.readTree(duplicate.getBody()).get("code").asText()).isEqualTo("SUBJECT_DUPLICATE_NATIONAL_ID");
    }

    @Test
    void givenTwoOfficersRegisteringTheSameCitizenAtOnce_whenBothSubmit_thenOneCreatedOneConflictOneStored() throws Exception {
        kafka.send(AssessmentTopics.EVENTS, "31000-04", areaRegistered("31000-04", "Thôn 4", AreaLevel.VILLAGE, "31000")).get();
        await().atMost(Duration.ofSeconds(60)).until(() -> areas.existsById("31000-04"));
        long eventsBefore = mongo.getCollection("domainevents").countDocuments();

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> http.postForEntity("/api/subjects", subject("31000", "31000-04", "031095007777"), String.class));
            var second = pool.submit(() -> http.postForEntity("/api/subjects", subject("31000", "31000-04", "031095007777"), String.class));
            assertThat(List.of(first.get().getStatusCode(), second.get().getStatusCode()))
                    .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
        } finally {
            pool.shutdown();
        }
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(eventsBefore + 1);
    }

    @Test
    void givenUnknownVillage_whenRegister_thenUnprocessableAndNothingStored() throws Exception {
        long eventsBefore = mongo.getCollection("domainevents").countDocuments();

        ResponseEntity<String> response = http.postForEntity("/api/subjects", subject("31000", "31000-77", null), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = mapper.readTree(response.getBody());
        assertThat(problem.get("code").asText()).isEqualTo("AREA_UNKNOWN");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("residence.villageCode");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(eventsBefore);
    }

    private String areaRegistered(String code, String name, AreaLevel level, String parent) throws Exception {
        var payload = new AreaRegistered(code, name, level, parent);
        return mapper.writeValueAsString(new IntegrationEvent("area-" + code, AreaRegistered.TYPE, 1, code, 0,
                LocalDate.of(2026, 1, 5), Instant.parse("2026-01-05T02:00:00Z"), Actor.system("test"), code,
                mapper.valueToTree(payload)));
    }

    private static Map<String, Object> subject(String commune, String village, String nationalId) {
        var body = new java.util.HashMap<String, Object>(Map.of("fullName", "Nguyễn Văn Bình", "dateOfBirth", "1990-07-01",
                "sex", "MALE", "residence", Map.of("communeCode", commune, "villageCode", village, "address", "Thôn 3"),
                "category", "ILLEGAL_USER", "foundBy", "DRUG_TEST", "foundOn", "2026-04-02",
                "confirmedDistinct", true)); // these tests are about citizen numbers, not namesakes
        if (nationalId != null) {
            body.put("nationalId", nationalId);
        } else {
            body.put("nationalIdMissingReason", "Chưa được cấp CCCD");
        }
        return body;
    }

    private JsonNode awaitPublished(String subjectId) throws Exception {
        return mapper.readTree(TopicRecords.readUntil(RegistryTopics.EVENTS, subjectId, values -> !values.isEmpty()).getFirst());
    }
}
