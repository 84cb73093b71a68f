package vn.pcmt.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import vn.pcmt.cases.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.cases.query.subjectdirectory.SubjectDirectoryRepository;
import vn.pcmt.embedded.test.InfrastructureExtension;

/** Gangs and serious incidents on the embedded store and broker: published without aliases, names or descriptions. */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GangAndIncidentIT {

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
    @Autowired
    SubjectDirectoryRepository subjects;

    @Test
    void givenNetworkWithASubject_whenLinkedToACaseAndDismantled_thenPublishedWithoutAliasOrNames() throws Exception {
        String subject = UUID.randomUUID().toString();
        Subjects.register(kafka, mapper, subjects, subject, "17167", null);

        ResponseEntity<String> identified = http.postForEntity("/api/gangs", Map.of("kind", "NETWORK", "alias", "Đường dây Tùng béo",
                "activity", "TRAFFICKING", "communeCode", "17167", "identifiedOn", "2026-01-20", "members", List.of(
                        Map.of("subjectId", subject, "role", "LEADER"), Map.of("fullName", "Tùng béo", "role", "MEMBER"))), String.class);
        assertThat(identified.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String gangId = mapper.readTree(identified.getBody()).get("gangId").asText();
        String caseId = mapper.readTree(http.postForEntity("/api/cases", Map.of("kind", "CRIMINAL", "article", "251",
                "communeCode", "17167", "openedOn", "2026-06-01"), String.class).getBody()).get("caseId").asText();
        assertThat(http.postForEntity("/api/gangs/" + gangId + "/cases", Map.of("caseId", caseId), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> dismantled = http.postForEntity("/api/gangs/" + gangId + "/dismantling", Map.of("on", "2026-06-30"),
                String.class);
        assertThat(mapper.readTree(dismantled.getBody()).get("caseIds").get(0).asText()).isEqualTo(caseId);
        assertThat(http.getForObject("/api/gangs?communeCode=17167&active=true", String.class)).doesNotContain(gangId);

        Map<String, JsonNode> published = Published.oncePerType(mapper, gangId, 2);
        assertThat(published.get("cases.GangIdentified").at("/payload/members").asInt()).isEqualTo(2);
        assertThat(published.get("cases.GangIdentified").at("/payload/memberSubjectIds/0").asText()).isEqualTo(subject);
        assertThat(published.get("cases.GangDismantled").at("/payload/dismantledOn").asText()).isEqualTo("2026-06-30");
        assertThat(published.values().toString()).doesNotContain("Tùng béo");
    }

    @Test
    void givenIncidentByASubjectLivingElsewhere_whenRecorded_thenPublishedInTheirCommuneWithoutTheDescription() throws Exception {
        Villages.publish(kafka, mapper, areas, "17170-04", "17170");
        String subject = UUID.randomUUID().toString();
        Subjects.register(kafka, mapper, subjects, subject, "17170", "17170-04");
        long before = mongo.getCollection("domainevents").countDocuments();
        ResponseEntity<String> negative = http.postForEntity("/api/serious-incidents", Map.of("communeCode", "17167",
                "occurredOn", "2026-08-14", "causedBy", "ADDICT", "severity", "SERIOUS", "deaths", -1, "description", "x"), String.class);
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before);

        ResponseEntity<String> recorded = http.postForEntity("/api/serious-incidents", Map.of("communeCode", "17167",
                "occurredOn", "2026-08-14", "causedBy", "PSYCHOSIS_SIGNS", "subjectId", subject, "severity", "VERY_SERIOUS",
                "injured", 2, "description", "Dùng dao chém hai người hàng xóm"), String.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String incidentId = mapper.readTree(recorded.getBody()).get("incidentId").asText();

        JsonNode published = Published.oncePerType(mapper, incidentId, 1).get("cases.SeriousIncidentRecorded");
        assertThat(published.get("areaCode").asText()).isEqualTo("17170");
        assertThat(published.at("/payload/breaksCriterion8").asBoolean()).isTrue();
        assertThat(published.toString()).doesNotContain("chém");
        assertThat(http.getForObject("/api/serious-incidents?communeCode=17167&from=2026-08-14&to=2026-08-14", String.class))
                .contains(incidentId);
    }
}
