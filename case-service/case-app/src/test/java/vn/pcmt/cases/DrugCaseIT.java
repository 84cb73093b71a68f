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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.cases.query.subjectdirectory.SubjectDirectoryRepository;
import vn.pcmt.embedded.test.InfrastructureExtension;

/**
 * A drug case on the embedded store and broker: a registry subject (learnt from the registry's topic) and a named
 * person, arrests counted where each lives, a seizure, stages to a mobile trial; published without names.
 */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DrugCaseIT {

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
    void givenSubjectAndNamedPerson_whenCaseRunsToTrial_thenArrestsCountWhereEachLivesAndNoNameIsPublished() throws Exception {
        Villages.publish(kafka, mapper, areas, "17167-03", "17167");
        Villages.publish(kafka, mapper, areas, "17170-02", "17170");
        String subject = UUID.randomUUID().toString();
        Subjects.register(kafka, mapper, subjects, subject, "17170", "17170-02");

        ResponseEntity<String> opened = http.postForEntity("/api/cases", Map.of("kind", "CRIMINAL", "article", "249",
                "communeCode", "17167", "villageCode", "17167-03", "openedOn", "2026-03-02", "summary", "Bắt quả tang tại nhà ông Y",
                "persons", List.of(Map.of("subjectId", subject), Map.of("fullName", "Hà Văn Tám", "nationalId", "040090001234",
                        "residenceCommuneCode", "17167", "residenceVillageCode", "17167-03"))), String.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode created = mapper.readTree(opened.getBody());
        String caseId = created.get("caseId").asText();
        assertThat(created.at("/persons/0/residenceCommuneCode").asText()).isEqualTo("17170"); // from the registry's copy
        String subjectPerson = created.at("/persons/0/personId").asText();
        String namedPerson = created.at("/persons/1/personId").asText();

        assertThat(post(caseId, "arrests", Map.of("personId", subjectPerson, "kind", "CAUGHT_IN_ACT", "arrestedOn", "2026-03-02"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post(caseId, "arrests", Map.of("personId", namedPerson, "kind", "EMERGENCY", "arrestedOn", "2026-03-03"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post(caseId, "seizures", Map.of("substance", "METHAMPHETAMINE", "quantity", "12.50", "unit", "GRAM",
                "seizedOn", "2026-03-02")).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String[] stage : new String[][] {{"PROSECUTED", "2026-03-05"}, {"INVESTIGATED", "2026-05-20"}, {"INDICTED", "2026-06-10"}}) {
            assertThat(post(caseId, "stages", Map.of("stage", stage[0], "on", stage[1])).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        ResponseEntity<String> tried = post(caseId, "stages", Map.of("stage", "TRIED", "on", "2026-07-01", "mobileTrial", true,
                "decisionNo", "12/2026/HS-ST"));
        JsonNode afterTrial = mapper.readTree(tried.getBody());
        assertThat(afterTrial.get("stage").asText()).isEqualTo("TRIED");
        assertThat(afterTrial.get("mobileTrial").asBoolean()).isTrue();
        assertThat(afterTrial.get("arrests")).hasSize(2);

        Map<String, List<JsonNode>> published = Published.byType(mapper, caseId, 8);
        List<JsonNode> arrests = published.get("cases.ArrestMade");
        assertThat(arrests).extracting(a -> a.get("areaCode").asText()).containsExactlyInAnyOrder("17170", "17167");
        assertThat(arrests).extracting(a -> a.at("/payload/subjectId").asText(null)).contains(subject);
        assertThat(published.get("cases.SeizureRecorded").get(0).at("/payload/quantity").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(published.get("cases.CaseStageReached")).extracting(s -> s.at("/payload/stage").asText())
                .containsExactly("PROSECUTED", "INVESTIGATED", "INDICTED", "TRIED");
        assertThat(published.values().toString()).doesNotContain("Hà Văn Tám").doesNotContain("040090001234").doesNotContain("ông Y");
        String openCases = http.getForObject("/api/cases?communeCode=17167&open=true", String.class);
        assertThat(openCases).contains(caseId).doesNotContain("Hà Văn Tám").doesNotContain("040090001234"); // lists name nobody
    }

    @Test
    void givenOpenCase_whenTriedBeforeIndictmentOrWithAStaleVersion_thenRefusedAndNothingStored() throws Exception {
        ResponseEntity<String> opened = http.postForEntity("/api/cases", Map.of("kind", "ADMINISTRATIVE", "violation",
                "Sử dụng trái phép chất ma túy", "communeCode", "17167", "openedOn", "2026-04-01"), String.class);
        String caseId = mapper.readTree(opened.getBody()).get("caseId").asText();
        long before = mongo.getCollection("domainevents").countDocuments();

        ResponseEntity<String> outOfOrder = post(caseId, "stages", Map.of("stage", "TRIED", "on", "2026-04-02"));
        HttpHeaders stale = new HttpHeaders();
        stale.setIfMatch("\"5\"");
        ResponseEntity<String> staleVersion = http.exchange("/api/cases/" + caseId + "/stages", HttpMethod.POST,
                new HttpEntity<>(Map.of("stage", "SANCTIONED", "on", "2026-04-02"), stale), String.class);
        ResponseEntity<String> unknownSubject = http.postForEntity("/api/cases", Map.of("kind", "CRIMINAL", "article", "256a",
                "communeCode", "17167", "openedOn", "2026-04-01", "persons", List.of(Map.of("subjectId", UUID.randomUUID().toString()))),
                String.class);

        assertThat(outOfOrder.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(mapper.readTree(outOfOrder.getBody()).get("code").asText()).isEqualTo("STAGE_ORDER");
        assertThat(staleVersion.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(unknownSubject.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(mapper.readTree(unknownSubject.getBody()).get("code").asText()).isEqualTo("SUBJECT_UNKNOWN");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before);
    }

    private ResponseEntity<String> post(String caseId, String step, Map<String, Object> body) {
        return http.postForEntity("/api/cases/" + caseId + "/" + step, body, String.class);
    }
}
