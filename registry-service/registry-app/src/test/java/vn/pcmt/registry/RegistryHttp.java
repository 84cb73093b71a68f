package vn.pcmt.registry;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.assessment.api.v1.AreaLevel;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryRepository;

/** What a commune client does against the registry in the service tests: JSON over HTTP, areas over Kafka. */
final class RegistryHttp {

    private final TestRestTemplate http;
    private final ObjectMapper mapper;
    private final KafkaTemplate<String, String> kafka;
    private final AreaDirectoryRepository areas;

    RegistryHttp(TestRestTemplate http, ObjectMapper mapper, KafkaTemplate<String, String> kafka, AreaDirectoryRepository areas) {
        this.http = http;
        this.mapper = mapper;
        this.kafka = kafka;
        this.areas = areas;
    }

    /** Publishes villages of a commune as the assessment service would, and waits until the registry knows them. */
    void villages(String commune, String... villages) throws Exception {
        for (String village : villages) {
            var payload = new AreaRegistered(village, "Thôn " + village, AreaLevel.VILLAGE, commune);
            kafka.send(AssessmentTopics.EVENTS, village, mapper.writeValueAsString(new IntegrationEvent("area-" + village,
                    AreaRegistered.TYPE, 1, village, 0, LocalDate.of(2026, 1, 5), Instant.parse("2026-01-05T02:00:00Z"),
                    Actor.system("test"), commune, mapper.valueToTree(payload)))).get();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> areas.existsById(villages[villages.length - 1]));
    }

    /** Registers a subject and returns its id. */
    String register(String fullName, String birth, String commune, String village, String category, String foundOn) throws Exception {
        ResponseEntity<String> created = post("/api/subjects", """
                {"fullName":"%s","dateOfBirth":"%s","sex":"MALE","nationalIdMissingReason":"Chưa được cấp","residence":{"communeCode":"%s","villageCode":"%s"},
                 "category":"%s","foundBy":"DOOR_TO_DOOR_REVIEW","foundOn":"%s"}""".formatted(fullName, birth, commune,
                village, category, foundOn), null);
        if (created.getStatusCode().value() != 201) {
            throw new AssertionError("Registration refused: " + created.getBody());
        }
        return json(created).get("id").asText();
    }

    ResponseEntity<String> post(String path, String body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** Posts a change that must be accepted, returning the subject as it is afterwards. */
    JsonNode change(String subjectId, String what, String body) throws Exception {
        ResponseEntity<String> response = post("/api/subjects/" + subjectId + "/" + what, body, null);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError(what + " refused: " + response.getBody());
        }
        return json(response);
    }

    ResponseEntity<String> get(String path) {
        return http.getForEntity(path, String.class);
    }

    JsonNode getJson(String path) throws Exception {
        ResponseEntity<String> response = get(path);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError(path + ": " + response.getBody());
        }
        return json(response);
    }

    JsonNode json(ResponseEntity<String> response) throws Exception {
        return mapper.readTree(response.getBody());
    }
}
