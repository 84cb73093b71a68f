package vn.pcmt.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.platform.security.TestTokens;
import vn.pcmt.registry.domain.command.EraseSubject;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryRepository;

/**
 * Names and citizen identity numbers are stored sealed with a key per subject; erasure at the end of retention destroys
 * the key, after which the person's identity is unreadable everywhere while their history and statuses stay.
 */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalDataIT {

    static final String NAME = "Đinh Văn Kín";
    static final String NATIONAL_ID = "040090007777";
    static final String ERASED_ONES_ID = "040090008888";
    static final String ADMINISTRATOR = TestTokens.issue("quan-tri", "ADMINISTRATOR", List.of());

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    AreaDirectoryRepository areas;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Commands commands;
    @Autowired
    PersonalDataKeys keys;
    RegistryHttp http;

    @BeforeEach
    void villages() throws Exception {
        http = new RegistryHttp(rest, mapper, kafka, areas);
        http.villages("33000", "33000-01");
    }

    @Test
    void givenARegisteredPerson_whenStored_thenTheStoreHoldsNeitherNameNorNumberButTheApiReadsThem() throws Exception {
        String id = register(NATIONAL_ID);

        String stored = storedEvents(id);
        assertThat(stored).contains("sealed:v1:").doesNotContain(NAME).doesNotContain(NATIONAL_ID);
        Document listed = await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.getCollection("subject_list").find(new Document("_id", id)).first(), java.util.Objects::nonNull);
        assertThat(listed.toJson()).doesNotContain(NAME).doesNotContain(NATIONAL_ID);
        assertThat(listed.getString("fullName")).startsWith(PersonalDataKeys.SEALED); // the list's copy is sealed too
        assertThat(listed.getString("nameKey")).startsWith("b1:"); // and matched by a blind index
        mongo.getCollection("national_id_claims").find().forEach(claim -> assertThat(claim.toJson()).doesNotContain(NATIONAL_ID));
        JsonNode read = http.getJson("/api/subjects/" + id);
        assertThat(read.get("fullName").asText()).isEqualTo(NAME);
        assertThat(http.getJson("/api/subjects?communeCode=33000&size=200").findValuesAsText("fullName")).contains(NAME); // lists open it
        assertThat(read.get("nationalId").asText()).isEqualTo(NATIONAL_ID);
        assertThat(http.getJson("/api/subjects/" + id + "?asOf=2026-05-01").get("fullName").asText()).isEqualTo(NAME); // folded from the store
    }

    @Test
    void givenARefusedDuplicate_whenItNamesTheSubjectOnRecord_thenThatIsAnAuditedRead() throws Exception {
        String id = register("040090009999");
        ResponseEntity<String> duplicate = http.post("/api/subjects", """
                {"fullName":"Người Khác","dateOfBirth":"1991-02-03","sex":"MALE","nationalId":"040090009999",
                 "residence":{"communeCode":"33000","villageCode":"33000-01"},"category":"SUSPECTED","foundBy":"DRUG_TEST",
                 "foundOn":"2026-04-02","confirmedDistinct":true}""", null);
        assertProblem(duplicate, 409, "SUBJECT_DUPLICATE_NATIONAL_ID");

        HttpHeaders auditor = new HttpHeaders();
        auditor.setBearerAuth(TestTokens.issue("kiem-tra", "AUDITOR", List.of()));
        JsonNode reads = mapper.readTree(rest.exchange("/api/audit/subject-reads?subjectId=" + id, HttpMethod.GET, new HttpEntity<>(auditor),
                String.class).getBody());
        assertThat(reads).extracting(read -> read.get("read").asText()).contains("POST /api/subjects");
    }

    @Test
    void givenRetentionEnded_whenAnAdministratorErases_thenIdentityUnreadableEverywhereAndHistoryKept() throws Exception {
        String id = register(ERASED_ONES_ID, "2020-04-02");
        assertProblem(erase(id, ADMINISTRATOR), 422, "TRANSITION_NOT_ALLOWED"); // still on the list
        assertThat(due(ADMINISTRATOR).findValuesAsText("subjectId")).doesNotContain(id);
        http.change(id, "removal", "{\"reason\":\"DEATH\",\"removedOn\":\"2021-06-01\"}");
        assertProblem(erase(id, TestTokens.forTests()), 403, "ADMINISTRATOR_ONLY");
        long stored = mongo.getCollection("domainevents").countDocuments();
        for (String bad : List.of("{\"erasedOn\":\"2026-11-20\"}", "{\"erasedOn\":\"2099-01-01\",\"reason\":\"Hết hạn\"}",
                "{\"reason\":\"Hết hạn\"}")) {
            assertThat(erase(id, ADMINISTRATOR, bad).getStatusCode().value()).as(bad).isEqualTo(400);
        }
        // five years (the default retention) after the removal, not a day earlier
        ResponseEntity<String> early = erase(id, ADMINISTRATOR, "{\"erasedOn\":\"2026-05-31\",\"reason\":\"Trước khi hết hạn\"}");
        assertProblem(early, 422, "RETENTION_NOT_ENDED");
        assertThat(mapper.readTree(early.getBody()).get("retentionEndsOn").asText()).isEqualTo("2026-06-01");
        assertThat(mapper.readTree(early.getBody()).at("/errors/0/field").asText()).isEqualTo("erasedOn");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(stored); // nothing recorded
        JsonNode due = due(ADMINISTRATOR);
        assertThat(due.findValuesAsText("subjectId")).contains(id);
        assertThat(due.toString()).doesNotContain(NAME).doesNotContain(ERASED_ONES_ID); // names nobody
        assertThat(due.get("items")).anySatisfy(item -> {
            assertThat(item.get("subjectId").asText()).isEqualTo(id);
            assertThat(item.get("removedOn").asText()).isEqualTo("2021-06-01");
            assertThat(item.get("retentionEndedOn").asText()).isEqualTo("2026-06-01");
        });
        assertThat(dueAs(TestTokens.forTests()).getStatusCode().value()).isEqualTo(403);
        assertThat(http.getJson("/api/subjects/" + id).get("fullName").asText()).isEqualTo(NAME); // and the key is still there

        ResponseEntity<String> erased = erase(id, ADMINISTRATOR);

        assertThat(erased.getStatusCode().value()).as(erased.getBody()).isEqualTo(200);
        assertThat(erased.getBody()).doesNotContain(NAME);
        JsonNode now = http.getJson("/api/subjects/" + id);
        assertThat(now.get("fullName").asText()).isEqualTo(PersonalDataKeys.ERASED_NAME);
        assertThat(now.hasNonNull("nationalId")).isFalse();
        assertThat(now.at("/removal/reason").asText()).isEqualTo("DEATH"); // the status stays
        JsonNode past = http.getJson("/api/subjects/" + id + "?asOf=2026-05-01"); // every event folded again, without the key
        assertThat(past.get("fullName").asText()).isEqualTo(PersonalDataKeys.ERASED_NAME);
        assertThat(past.get("category").asText()).isEqualTo("ILLEGAL_USER");
        String history = http.get("/api/subjects/" + id + "/history").getBody();
        assertThat(history).doesNotContain(NAME).doesNotContain(ERASED_ONES_ID).contains("SubjectErased");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mongo.getCollection("subject_list")
                .find(new Document("_id", id)).first().getString("fullName")).isEqualTo(PersonalDataKeys.ERASED_NAME)); // the list's copy too
        assertThat(mongo.getCollection("personal_data_keys").find(new Document("_id", id)).first().get("wrapped")).isNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> !due(ADMINISTRATOR).findValuesAsText("subjectId").contains(id));

        assertThat(erase(id, ADMINISTRATOR).getStatusCode().value()).isEqualTo(200); // sent again: nothing more to do
        assertThat(register(ERASED_ONES_ID)).isNotEqualTo(id); // the identity number is free: it no longer names anyone on record
        assertProblem(http.post("/api/subjects/" + id + "/retractions", "{\"version\":1,\"reason\":\"Nhầm\"}", null), 409,
                "SUBJECT_ERASED");
    }

    @Test
    void givenAnErasureStoredWhoseKeyWasNotDestroyed_whenTheKeysProcessorReadsIt_thenTheKeyIsDestroyed() throws Exception {
        String id = register("040090006666", "2020-04-02");
        http.change(id, "removal", "{\"reason\":\"DEATH\",\"removedOn\":\"2021-06-01\"}");
        assertThat(keys.open(id, "fullName", keys.seal(id, "fullName", NAME))).contains(NAME);

        // as if the erasure request stopped after storing the erasure, before destroying the key
        commands.send(new EraseSubject(id, null, LocalDate.of(2026, 11, 20), "Hết thời hạn lưu trữ theo quy định"),
                Actor.system("test"), LocalDate.of(2026, 11, 20));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mongo.getCollection("personal_data_keys")
                .find(new Document("_id", id)).first().get("wrapped")).isNull());
        assertThat(http.getJson("/api/subjects/" + id).get("fullName").asText()).isEqualTo(PersonalDataKeys.ERASED_NAME);
    }

    private String register(String nationalId) throws Exception {
        return register(nationalId, "2026-04-02");
    }

    private String register(String nationalId, String foundOn) throws Exception {
        ResponseEntity<String> created = http.post("/api/subjects", """
                {"fullName":"%s","dateOfBirth":"1990-02-03","sex":"MALE","nationalId":"%s",
                 "residence":{"communeCode":"33000","villageCode":"33000-01"},"category":"ILLEGAL_USER","foundBy":"DRUG_TEST",
                 "foundOn":"%s","confirmedDistinct":true}""".formatted(NAME, nationalId, foundOn), null);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return mapper.readTree(created.getBody()).get("id").asText();
    }

    private JsonNode due(String token) throws Exception {
        ResponseEntity<String> due = dueAs(token);
        assertThat(due.getStatusCode().value()).as(due.getBody()).isEqualTo(200);
        return mapper.readTree(due.getBody());
    }

    private ResponseEntity<String> dueAs(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return rest.exchange("/api/subjects/erasures-due?size=200", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> erase(String id, String token) {
        return erase(id, token, """
                {"erasedOn":"2026-11-20","reason":"Hết thời hạn lưu trữ theo quy định"}""");
    }

    private ResponseEntity<String> erase(String id, String token, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange("/api/subjects/" + id + "/erasure", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private String storedEvents(String id) {
        StringBuilder all = new StringBuilder();
        mongo.getCollection("domainevents").find(new Document("aggregateIdentifier", id)).forEach(event -> all.append(event.toJson()));
        assertThat(all).isNotEmpty();
        return all.toString();
    }

    private void assertProblem(ResponseEntity<String> response, int status, String code) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(mapper.readTree(response.getBody()).get("code").asText()).isEqualTo(code);
    }
}
