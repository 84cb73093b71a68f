package vn.pcmt.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.pcmt.cases.domain.command.EraseCasePersons;
import vn.pcmt.cases.domain.command.EraseGangMembers;
import vn.pcmt.cases.query.wantedperson.WantedPersonDocument;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.platform.privacy.SealedDocuments;
import vn.pcmt.platform.security.TestTokens;

/**
 * The persons case-service names are sealed in its event store and read models with a key per person; erasure at the
 * end of a record's retention destroys those keys, after which the names read as erased everywhere while the record's
 * stages and dates stay.
 */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalDataIT {

    static final String ADMINISTRATOR = TestTokens.issue("quan-tri", "ADMINISTRATOR", List.of());
    static final String ERASED = PersonalDataKeys.ERASED_NAME;
    static final String NAME = "Quàng Văn Mười";
    static final String NATIONAL_ID = "040088003210";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    SealedDocuments sealedDocuments;
    @Autowired
    Commands commands;

    @Test
    void givenACaseNamingAPerson_whenStored_thenNeitherTheEventsNorTheReadModelHoldTheNameButTheApiReadsIt() throws Exception {
        String caseId = openCase("2026-05-02");

        assertThat(stored("domainevents", "aggregateIdentifier", caseId)).contains(PersonalDataKeys.SEALED).doesNotContain(NAME)
                .doesNotContain(NATIONAL_ID);
        assertThat(stored("drug_case", "_id", caseId)).contains(PersonalDataKeys.SEALED).doesNotContain(NAME).doesNotContain(NATIONAL_ID);
        JsonNode read = mapper.readTree(http.getForObject("/api/cases/" + caseId, String.class));
        assertThat(read.at("/persons/0/fullName").asText()).isEqualTo(NAME);
        assertThat(read.at("/persons/0/nationalId").asText()).isEqualTo(NATIONAL_ID);
    }

    @Test
    void givenAClosedCase_whenTheRetentionEnded_thenAnAdministratorErasesItsPersonsAndTheCaseStays() throws Exception {
        String caseId = openCase("2020-01-10");
        String erasure = "/api/cases/" + caseId + "/erasure";
        assertProblem(as(ADMINISTRATOR, erasure, body("2026-01-01")), 422, "TRANSITION_NOT_ALLOWED"); // still open
        assertThat(http.postForEntity("/api/cases/" + caseId + "/stages", Map.of("stage", "CLOSED", "on", "2020-03-01",
                "closureReason", "NOT_PROSECUTED"), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        long events = mongo.getCollection("domainevents").countDocuments();

        assertProblem(as(TestTokens.forTests(), erasure, body("2026-01-01")), 403, "ADMINISTRATOR_ONLY");
        for (String bad : List.of("{\"erasedOn\":\"2026-01-01\"}", "{\"erasedOn\":\"2099-01-01\",\"reason\":\"Hết hạn\"}", "{}")) {
            assertThat(as(ADMINISTRATOR, erasure, bad).getStatusCode().value()).as(bad).isEqualTo(400);
        }
        ResponseEntity<String> early = as(ADMINISTRATOR, erasure, body("2025-02-28")); // five years from the closure, a day short
        assertProblem(early, 422, "RETENTION_NOT_ENDED");
        assertThat(mapper.readTree(early.getBody()).get("retentionEndsOn").asText()).isEqualTo("2025-03-01");
        assertProblem(as(ADMINISTRATOR, "/api/cases/" + UUID.randomUUID() + "/erasure", body("2026-01-01")), 404, "NOT_FOUND");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(events); // nothing recorded
        assertThat(mapper.readTree(http.getForObject("/api/cases/" + caseId, String.class)).at("/persons/0/fullName").asText()).isEqualTo(NAME);

        ResponseEntity<String> erased = as(ADMINISTRATOR, erasure, body("2025-03-01"));

        assertThat(erased.getStatusCode().value()).as(erased.getBody()).isEqualTo(200);
        assertThat(erased.getBody()).doesNotContain(NAME).contains("\"personsErased\":1");
        JsonNode read = mapper.readTree(http.getForObject("/api/cases/" + caseId, String.class));
        assertThat(read.at("/persons/0/fullName").asText()).isEqualTo(ERASED);
        assertThat(read.at("/persons/0").hasNonNull("nationalId")).isFalse();
        assertThat(read.get("stage").asText()).isEqualTo("CLOSED"); // the case stays
        assertThat(read.get("closureReason").asText()).isEqualTo("NOT_PROSECUTED");
        String personId = read.at("/persons/0/personId").asText();
        assertThat(mongo.getCollection("personal_data_keys").find(new Document("_id", personId)).first().get("wrapped")).isNull();
        assertThat(as(ADMINISTRATOR, erasure, body("2025-03-02")).getStatusCode().value()).isEqualTo(200); // again: nothing more
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(events + 1);
    }

    @Test
    void givenASettledTipACaughtWantedPersonAndADismantledGang_whenErased_thenTheirPersonsReadAsErased() throws Exception {
        String tipId = created(http.postForEntity("/api/tips", Map.of("channel", "HOTLINE", "receivedOn", "2020-02-03", "communeCode", "17167",
                "content", "Nhà ông Y có người lạ", "anonymous", false, "tipster", Map.of("fullName", NAME, "phone", "0912000111")),
                String.class), "tipId");
        String wantedId = created(http.postForEntity("/api/wanted-persons", Map.of("fullName", NAME, "warrantNo", "07/QĐ-TN",
                "article", "251", "wantedSince", "2020-01-05", "hidingCommuneCode", "17167"), String.class), "wantedId");
        String gangId = created(http.postForEntity("/api/gangs", Map.of("kind", "GANG", "alias", "Ổ nhóm Z", "activity", "RETAIL",
                "communeCode", "17167", "identifiedOn", "2020-01-20", "members", List.of(Map.of("fullName", NAME, "role", "LEADER"))),
                String.class), "gangId");
        for (String[] open : List.of(new String[] {"tips", tipId}, new String[] {"wanted-persons", wantedId}, new String[] {"gangs", gangId})) {
            assertProblem(as(ADMINISTRATOR, "/api/" + open[0] + "/" + open[1] + "/erasure", body("2026-01-01")), 422, "TRANSITION_NOT_ALLOWED");
        }
        http.postForEntity("/api/tips/" + tipId + "/steps", Map.of("step", "DISMISS", "on", "2020-02-04", "reason", "Không có cơ sở"),
                String.class);
        http.postForEntity("/api/wanted-persons/" + wantedId + "/capture", Map.of("capturedOn", "2020-04-18", "communeCode", "17167",
                "surrendered", true), String.class);
        http.postForEntity("/api/gangs/" + gangId + "/dismantling", Map.of("on", "2020-06-30"), String.class);
        for (String collection : List.of("tip", "wanted_person", "gang")) {
            assertThat(mongo.getCollection(collection).find().map(Document::toJson).into(new java.util.ArrayList<>()))
                    .as(collection).noneMatch(stored -> stored.contains(NAME) || stored.contains("0912000111"));
        }

        assertProblem(as(ADMINISTRATOR, "/api/wanted-persons/" + wantedId + "/erasure", body("2025-04-17")), 422, "RETENTION_NOT_ENDED");
        assertThat(as(ADMINISTRATOR, "/api/tips/" + tipId + "/erasure", body("2025-02-04")).getStatusCode().value()).isEqualTo(200);
        assertThat(as(ADMINISTRATOR, "/api/wanted-persons/" + wantedId + "/erasure", body("2025-04-18")).getStatusCode().value()).isEqualTo(200);
        assertThat(as(ADMINISTRATOR, "/api/gangs/" + gangId + "/erasure", body("2025-06-30")).getStatusCode().value()).isEqualTo(200);

        JsonNode tip = mapper.readTree(http.getForObject("/api/tips/" + tipId, String.class)); // read by the officer who received it
        assertThat(tip.at("/tipster/fullName").asText()).isEqualTo(ERASED);
        assertThat(tip.at("/tipster").hasNonNull("phone")).isFalse();
        assertThat(mapper.readTree(http.getForObject("/api/wanted-persons/" + wantedId, String.class)).get("fullName").asText()).isEqualTo(ERASED);
        assertThat(mapper.readTree(http.getForObject("/api/gangs/" + gangId, String.class)).at("/members/0/fullName").asText()).isEqualTo(ERASED);
        assertThat(stored("domainevents", "aggregateIdentifier", wantedId)).doesNotContain(NAME);
    }

    @Test
    void givenErasuresStoredWhoseKeysWereNotDestroyed_whenTheKeysProcessorReadsThem_thenTheKeysAreDestroyed() throws Exception {
        String caseId = openCase("2020-01-10");
        http.postForEntity("/api/cases/" + caseId + "/stages", Map.of("stage", "CLOSED", "on", "2020-03-01", "closureReason",
                "NOT_PROSECUTED"), String.class);
        String gangId = created(http.postForEntity("/api/gangs", Map.of("kind", "GANG", "alias", "Ổ nhóm K", "activity", "RETAIL",
                "communeCode", "17167", "identifiedOn", "2020-01-20", "members", List.of(Map.of("fullName", NAME, "role", "LEADER"),
                        Map.of("fullName", "Lò Văn Hai", "role", "MEMBER"))), String.class), "gangId");
        http.postForEntity("/api/gangs/" + gangId + "/dismantling", Map.of("on", "2020-06-30"), String.class);
        List<String> persons = new ArrayList<>();
        persons.add(mapper.readTree(http.getForObject("/api/cases/" + caseId, String.class)).at("/persons/0/personId").asText());
        mapper.readTree(http.getForObject("/api/gangs/" + gangId, String.class)).get("members")
                .forEach(member -> persons.add(member.get("memberId").asText()));
        assertThat(persons).hasSize(3).allSatisfy(person -> assertThat(key(person).get("wrapped")).isNotNull());

        // as if each erasure request stopped after storing the erasure, before destroying the keys
        LocalDate erasedOn = LocalDate.of(2026, 1, 1);
        commands.send(new EraseCasePersons(caseId, null, erasedOn, "Hết thời hạn lưu trữ"), Actor.system("test"), erasedOn);
        commands.send(new EraseGangMembers(gangId, null, erasedOn, "Hết thời hạn lưu trữ"), Actor.system("test"), erasedOn);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(persons)
                .allSatisfy(person -> assertThat(key(person).get("wrapped")).isNull()));
        assertThat(mapper.readTree(http.getForObject("/api/gangs/" + gangId, String.class)).at("/members/1/fullName").asText()).isEqualTo(ERASED);
    }

    @Test
    void givenADocumentStoredReadableBeforeSealing_whenSealed_thenStoredSealedAndStillReadAsItWas() {
        String wantedId = UUID.randomUUID().toString();
        mongo.getCollection("wanted_person").insertOne(new Document("_id", wantedId).append("fullName", NAME).append("warrantNo", "09/QĐ-TN")
                .append("article", "251").append("hidingCommuneCode", "17167").append("surrendered", false).append("version", 0L));

        assertThat(sealedDocuments.sealReadable(mongo)).isGreaterThanOrEqualTo(1);
        assertThat(sealedDocuments.sealReadable(mongo)).isZero(); // again: nothing left readable

        assertThat(stored("wanted_person", "_id", wantedId)).doesNotContain(NAME).contains(PersonalDataKeys.SEALED);
        assertThat(mongo.findById(wantedId, WantedPersonDocument.class).fullName()).isEqualTo(NAME);
    }

    private String openCase(String openedOn) throws Exception {
        return created(http.postForEntity("/api/cases", Map.of("kind", "CRIMINAL", "article", "249", "communeCode", "17167",
                "openedOn", openedOn, "persons", List.of(Map.of("fullName", NAME, "nationalId", NATIONAL_ID, "residenceCommuneCode", "17167"))),
                String.class), "caseId");
    }

    private String created(ResponseEntity<String> response, String idField) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return mapper.readTree(response.getBody()).get(idField).asText();
    }

    private static String body(String erasedOn) {
        return "{\"erasedOn\":\"" + erasedOn + "\",\"reason\":\"Hết thời hạn lưu trữ theo quy định\"}";
    }

    private ResponseEntity<String> as(String token, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private Document key(String personId) {
        Document key = mongo.getCollection("personal_data_keys").find(new Document("_id", personId)).first();
        assertThat(key).as(personId).isNotNull();
        return key;
    }

    private String stored(String collection, String field, String id) {
        StringBuilder all = new StringBuilder();
        mongo.getCollection(collection).find(new Document(field, id)).forEach(document -> all.append(document.toJson()));
        assertThat(all).as(collection + " " + id).isNotEmpty();
        return all.toString();
    }

    private void assertProblem(ResponseEntity<String> response, int status, String code) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(mapper.readTree(response.getBody()).get("code").asText()).isEqualTo(code);
    }
}
