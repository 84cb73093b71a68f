package vn.pcmt.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.assessment.api.v1.AreaLevel;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.platform.security.TestTokens;

/**
 * case-service limits every record to the caller's areas and role (issue 7): another commune's officer does not learn a
 * case exists and cannot list, open or change one there; a steering-committee member reads and changes nothing; an
 * analyst reads no record; a village head sees their village only. Each refusal stores nothing, and every allowed read
 * of a record naming persons is in the audit.
 */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AreaScopeIT {

    static final String OFFICER = TestTokens.issue("ca-xa-45101", "COMMUNE_OFFICER", List.of("45101"));
    static final String NEIGHBOUR = TestTokens.issue("ca-xa-45102", "COMMUNE_OFFICER", List.of("45102"));
    static final String STEERING = TestTokens.issue("bcd-tinh-45", "STEERING_MEMBER", List.of("45"));
    static final String OTHER_PROVINCE = TestTokens.issue("ca-tinh-46", "PROVINCE_OFFICER", List.of("46"));
    static final String ANALYST = TestTokens.issue("phan-tich", "ANALYST", List.of());
    static final String VILLAGE_HEAD = TestTokens.issue("truong-thon-45101-01", "VILLAGE_HEAD", List.of("45101-01"));
    static final String AUDITOR = TestTokens.issue("kiem-tra", "AUDITOR", List.of());

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    AreaDirectoryRepository areas;

    @BeforeEach
    void areas() throws Exception {
        Villages.publish(kafka, mapper, areas, "45", AreaLevel.PROVINCE, null);
        Villages.publish(kafka, mapper, areas, "45101", AreaLevel.COMMUNE, "45");
        Villages.publish(kafka, mapper, areas, "45102", AreaLevel.COMMUNE, "45");
        Villages.publish(kafka, mapper, areas, "45101-01", "45101");
        Villages.publish(kafka, mapper, areas, "45101-02", "45101");
    }

    @Test
    void givenACaseOfOneCommune_whenOthersTryIt_thenTheyNeitherSeeNorChangeItAndNothingIsStored() throws Exception {
        ResponseEntity<String> opened = as(OFFICER, HttpMethod.POST, "/api/cases", Map.of("kind", "CRIMINAL", "article", "249",
                "communeCode", "45101", "villageCode", "45101-01", "openedOn", "2026-03-02",
                "persons", List.of(Map.of("fullName", "Lò Văn Sáu", "residenceCommuneCode", "45101"))));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode created = mapper.readTree(opened.getBody());
        String caseId = created.get("caseId").asText();
        String personId = created.at("/persons/0/personId").asText();
        long events = mongo.getCollection("domainevents").countDocuments();
        // the person's name is sealed in the event store (ADR 7), read back in clear by those who may
        StringBuilder stored = new StringBuilder();
        mongo.getCollection("domainevents").find(new Document("aggregateIdentifier", caseId)).forEach(event -> stored.append(event.toJson()));
        assertThat(stored.toString()).contains("sealed:v1:").doesNotContain("Lò Văn Sáu");
        assertThat(as(OFFICER, HttpMethod.GET, "/api/cases/" + caseId, null).getBody()).contains("Lò Văn Sáu");

        // another commune: the case does not exist for them, their list and their records there are refused
        assertProblem(as(NEIGHBOUR, HttpMethod.GET, "/api/cases/" + caseId, null), HttpStatus.NOT_FOUND, "CASE_UNKNOWN");
        assertProblem(as(OTHER_PROVINCE, HttpMethod.GET, "/api/cases/" + caseId, null), HttpStatus.NOT_FOUND, "CASE_UNKNOWN");
        assertProblem(as(NEIGHBOUR, HttpMethod.POST, "/api/cases/" + caseId + "/stages", Map.of("stage", "PROSECUTED", "on", "2026-03-05")),
                HttpStatus.NOT_FOUND, "CASE_UNKNOWN");
        assertProblem(as(NEIGHBOUR, HttpMethod.GET, "/api/cases?communeCode=45101", null), HttpStatus.FORBIDDEN, "AREA_OUT_OF_SCOPE");
        ResponseEntity<String> foreignCase = as(NEIGHBOUR, HttpMethod.POST, "/api/cases", Map.of("kind", "ADMINISTRATIVE",
                "violation", "USE", "communeCode", "45101", "openedOn", "2026-03-02"));
        assertProblem(foreignCase, HttpStatus.FORBIDDEN, "AREA_OUT_OF_SCOPE");
        assertThat(mapper.readTree(foreignCase.getBody()).at("/errors/0/field").asText()).isEqualTo("communeCode");
        ResponseEntity<String> foreignVillage = as(NEIGHBOUR, HttpMethod.POST, "/api/hotspots", Map.of("kind", "USE_DEN",
                "communeCode", "45102", "villageCode", "45101-02", "identifiedOn", "2026-03-02"));
        assertProblem(foreignVillage, HttpStatus.FORBIDDEN, "AREA_OUT_OF_SCOPE");
        assertThat(mapper.readTree(foreignVillage.getBody()).at("/errors/0/field").asText()).isEqualTo("villageCode");

        // the province's steering committee reads but changes nothing; an analyst reads no record
        assertThat(as(STEERING, HttpMethod.GET, "/api/cases/" + caseId, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(as(STEERING, HttpMethod.POST, "/api/cases/" + caseId + "/stages", Map.of("stage", "PROSECUTED", "on", "2026-03-05")),
                HttpStatus.FORBIDDEN, "ROLE_READ_ONLY");
        assertProblem(as(STEERING, HttpMethod.POST, "/api/tips", Map.of("channel", "HOTLINE", "receivedOn", "2026-02-03",
                "communeCode", "45101", "content", "Tin báo", "anonymous", true)), HttpStatus.FORBIDDEN, "ROLE_READ_ONLY");
        assertProblem(as(ANALYST, HttpMethod.GET, "/api/cases/" + caseId, null), HttpStatus.NOT_FOUND, "CASE_UNKNOWN");
        assertProblem(as(ANALYST, HttpMethod.GET, "/api/cases?communeCode=45101", null), HttpStatus.FORBIDDEN, "ROLE_NOT_ALLOWED");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(events);

        // every allowed read of the case's persons is audited; the refused ones read nothing
        JsonNode reads = mapper.readTree(as(AUDITOR, HttpMethod.GET, "/api/audit/case-reads?subjectId=" + personId, null).getBody());
        assertThat(reads).extracting(read -> read.get("userId").asText()).containsExactly("bcd-tinh-45", "ca-xa-45101", "ca-xa-45101"); // newest first: its read and opening answer too
        assertProblem(as(OFFICER, HttpMethod.GET, "/api/audit/case-reads", null), HttpStatus.FORBIDDEN, "AUDITOR_ONLY");
    }

    @Test
    void givenHotspotsInTwoVillages_whenTheVillageHeadLooks_thenOnlyTheirVillage() throws Exception {
        String own = hotspot("45101-01");
        String other = hotspot("45101-02");

        assertThat(as(VILLAGE_HEAD, HttpMethod.GET, "/api/hotspots/" + own, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(as(VILLAGE_HEAD, HttpMethod.GET, "/api/hotspots/" + other, null), HttpStatus.NOT_FOUND, "HOTSPOT_UNKNOWN");
        assertProblem(as(VILLAGE_HEAD, HttpMethod.POST, "/api/hotspots/" + own + "/eliminations", Map.of("on", "2026-04-01")),
                HttpStatus.FORBIDDEN, "ROLE_READ_ONLY");
        assertProblem(as(VILLAGE_HEAD, HttpMethod.GET, "/api/hotspots?communeCode=45101", null), HttpStatus.FORBIDDEN,
                "AREA_OUT_OF_SCOPE");
        assertThat(as(OFFICER, HttpMethod.GET, "/api/hotspots?communeCode=45101", null).getBody()).contains(own).contains(other);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"$ne\":null}", "45101' || '1'=='1", "{\"$gt\":\"\"}", "45101,45102"})
    void givenAnOperatorInAQueryParameter_whenListed_thenBadRequestNamingIt(String injected) throws Exception {
        ResponseEntity<String> refused = as(OFFICER, HttpMethod.GET, "/api/cases?communeCode={c}", null, injected);

        assertProblem(refused, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
        assertThat(refused.getBody()).contains("communeCode");
    }

    private String hotspot(String village) throws Exception {
        ResponseEntity<String> identified = as(OFFICER, HttpMethod.POST, "/api/hotspots", Map.of("kind", "USE_DEN", "communeCode", "45101",
                "villageCode", village, "identifiedOn", "2026-03-02"));
        assertThat(identified.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return mapper.readTree(identified.getBody()).get("hotspotId").asText();
    }

    private void assertProblem(ResponseEntity<String> response, HttpStatus status, String code) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(mapper.readTree(response.getBody()).get("code").asText()).isEqualTo(code);
    }

    private ResponseEntity<String> as(String token, HttpMethod method, String path, Object body, Object... variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class, variables);
    }
}
