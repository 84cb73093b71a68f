package vn.pcmt.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.assessment.api.v1.AreaLevel;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.security.TestTokens;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryRepository;

/**
 * The registry checks the caller's token itself: only a token signed with the platform's key, from its issuer, for its
 * audience and not expired gets in, and the change is recorded as that caller's; anything else is a 401 problem and
 * changes nothing.
 */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokensIT {

    static final String SUBJECT = """
            {"fullName":"Trần Văn Hải","dateOfBirth":"1991-03-04","sex":"MALE","residence":{"communeCode":"32000",
             "villageCode":"32000-01","address":"Thôn 1"},"category":"ILLEGAL_USER","foundBy":"DRUG_TEST","foundOn":"2026-04-02",
             "nationalIdMissingReason":"Chưa được cấp CCCD","confirmedDistinct":true}""";

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AreaDirectoryRepository areas;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void areas() throws Exception {
        area("32", "Tỉnh Ba Hai", AreaLevel.PROVINCE, null);
        area("32000", "Xã Ba Hai", AreaLevel.COMMUNE, "32");
        area("32000-01", "Thôn 1", AreaLevel.VILLAGE, "32000");
    }

    private void area(String code, String name, AreaLevel level, String parent) throws Exception {
        if (!areas.existsById(code)) {
            kafka.send(AssessmentTopics.EVENTS, code, mapper.writeValueAsString(new IntegrationEvent("area-" + code, AreaRegistered.TYPE, 1,
                    code, 0, LocalDate.of(2026, 1, 5), Instant.parse("2026-01-05T02:00:00Z"), Actor.system("test"), code,
                    mapper.valueToTree(new AreaRegistered(code, name, level, parent))))).get();
            await().atMost(Duration.ofSeconds(60)).until(() -> areas.existsById(code));
        }
    }

    @Test
    void givenCallersOfOtherAreasAndRoles_whenTheySeeOrChangeASubject_thenOnlyTheirScopeAndRole() throws Exception {
        String officer = "Bearer " + TestTokens.issue("ca-xa-32000-c", "COMMUNE_OFFICER", List.of("32000"));
        String id = mapper.readTree(send("POST", "/api/subjects", officer, SUBJECT).body()).get("id").asText();
        String record = "/api/subjects/" + id;
        String test = "{\"testedOn\":\"2026-04-05\",\"method\":\"URINE_RAPID\",\"result\":\"NEGATIVE\"}";
        long before;

        String otherCommune = "Bearer " + TestTokens.issue("ca-xa-33000", "COMMUNE_OFFICER", List.of("33000"));
        assertThat(send("GET", record, otherCommune, null).statusCode()).isEqualTo(404); // to them it does not exist
        assertThat(send("GET", record + "/history", otherCommune, null).statusCode()).isEqualTo(404);
        before = mongo.getCollection("domainevents").countDocuments();
        assertThat(send("POST", record + "/drug-tests", otherCommune, test).statusCode()).isEqualTo(404);
        HttpResponse<String> foreignList = send("GET", "/api/subjects?communeCode=32000", otherCommune, null);
        assertThat(foreignList.statusCode()).isEqualTo(403);
        assertThat(mapper.readTree(foreignList.body()).get("code").asText()).isEqualTo("AREA_OUT_OF_SCOPE");
        HttpResponse<String> foreignRegistration = send("POST", "/api/subjects", otherCommune, SUBJECT);
        assertThat(foreignRegistration.statusCode()).isEqualTo(403);
        assertThat(mapper.readTree(foreignRegistration.body()).at("/errors/0/field").asText()).isEqualTo("residence.communeCode");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before);

        for (String role : List.of("ANALYST", "AUDITOR", "ADMINISTRATOR")) {
            String caller = "Bearer " + TestTokens.issue("x-" + role, role, List.of("32"));
            assertThat(send("GET", record, caller, null).statusCode()).as(role).isEqualTo(404);
            assertThat(send("GET", "/api/subjects?communeCode=32000", caller, null).statusCode()).as(role).isEqualTo(403);
        }

        String province = "Bearer " + TestTokens.issue("ca-tinh-32", "PROVINCE_OFFICER", List.of("32"));
        assertThat(send("GET", record, province, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", record + "/drug-tests", province, test).statusCode()).isEqualTo(201);
        String committee = "Bearer " + TestTokens.issue("bcd-tinh-32", "STEERING_MEMBER", List.of("32"));
        assertThat(send("GET", "/api/subjects?communeCode=32000", committee, null).statusCode()).isEqualTo(200);
        HttpResponse<String> readOnly = send("POST", record + "/drug-tests", committee, test);
        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertThat(mapper.readTree(readOnly.body()).get("code").asText()).isEqualTo("ROLE_READ_ONLY");
        String villageHead = "Bearer " + TestTokens.issue("truong-thon-1", "VILLAGE_HEAD", List.of("32000-01"));
        assertThat(send("GET", record, villageHead, null).statusCode()).isEqualTo(200);
        String otherVillageHead = "Bearer " + TestTokens.issue("truong-thon-2", "VILLAGE_HEAD", List.of("32000-02"));
        assertThat(send("GET", record, otherVillageHead, null).statusCode()).isEqualTo(404);
    }

    @Test
    void givenACommuneOfficersToken_whenASubjectIsRegistered_thenRecordedAsThatOfficersAct() throws Exception {
        String token = TestTokens.issue("ca-xa-32000", "COMMUNE_OFFICER", List.of("32000"));

        HttpResponse<String> created = send("POST", "/api/subjects", "Bearer " + token, SUBJECT);

        assertThat(created.statusCode()).isEqualTo(201);
        String id = mapper.readTree(created.body()).get("id").asText();
        JsonNode history = mapper.readTree(send("GET", "/api/subjects/" + id + "/history", "Bearer " + token, null).body());
        JsonNode actor = history.get(0).get("actor");
        assertThat(actor.get("userId").asText()).isEqualTo("ca-xa-32000");
        assertThat(actor.get("role").asText()).isEqualTo("COMMUNE_OFFICER");
        assertThat(actor.get("unitCode").asText()).isEqualTo("32000");
    }

    @Test
    void givenAnOfficerReadingARecordAndAList_whenAnAuditorLooks_thenEveryReadWithWhoWhenAndFromWhere() throws Exception {
        String officer = "Bearer " + TestTokens.issue("ca-xa-32000-b", "COMMUNE_OFFICER", List.of("32000"));
        String auditor = "Bearer " + TestTokens.issue("kiem-tra", "AUDITOR", List.of());
        String id = mapper.readTree(send("POST", "/api/subjects", officer, SUBJECT).body()).get("id").asText();

        assertThat(send("GET", "/api/subjects/" + id, officer, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/subjects?communeCode=32000", officer, null).statusCode()).isEqualTo(200);
        JsonNode reads = mapper.readTree(send("GET", "/api/audit/subject-reads?subjectId=" + id, auditor, null).body());

        assertThat(reads).hasSize(2); // the record and the list, newest first
        assertThat(reads.get(1).get("userId").asText()).isEqualTo("ca-xa-32000-b");
        assertThat(reads.get(1).get("role").asText()).isEqualTo("COMMUNE_OFFICER");
        assertThat(reads.get(1).get("read").asText()).isEqualTo("GET /api/subjects/" + id);
        assertThat(reads.get(1).get("clientAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(reads.get(1).get("at").asText()).isNotBlank();
        assertThat(reads.get(0).get("read").asText()).isEqualTo("GET /api/subjects?communeCode=32000");
        assertThat(reads.get(0).get("subjectIds")).extracting(JsonNode::asText).contains(id);

        HttpResponse<String> notAnAuditor = send("GET", "/api/audit/subject-reads?subjectId=" + id, officer, null);
        assertThat(notAnAuditor.statusCode()).isEqualTo(403);
        assertThat(mapper.readTree(notAnAuditor.body()).get("code").asText()).isEqualTo("AUDITOR_ONLY");
        for (String method : List.of("POST", "PUT", "DELETE")) {
            assertThat(send(method, "/api/audit/subject-reads", auditor, "{}").statusCode()).as(method).isEqualTo(405);
        }
        assertThat(mapper.readTree(send("GET", "/api/audit/subject-reads?subjectId=" + id, auditor, null).body())).hasSize(2);
    }

    @Test
    void givenAnEntryAlteredOrRemovedInTheStore_whenTheAuditorVerifies_thenTheChainIsBrokenThere() throws Exception {
        String officer = "Bearer " + TestTokens.issue("ca-xa-32000-c", "COMMUNE_OFFICER", List.of("32000"));
        String auditor = "Bearer " + TestTokens.issue("kiem-tra", "AUDITOR", List.of());
        String id = mapper.readTree(send("POST", "/api/subjects", officer, SUBJECT).body()).get("id").asText();
        for (int read = 0; read < 3; read++) {
            assertThat(send("GET", "/api/subjects/" + id, officer, null).statusCode()).isEqualTo(200);
        }
        JsonNode intact = mapper.readTree(send("GET", "/api/audit/subject-reads/verification", auditor, null).body());
        assertThat(intact.get("intact").asBoolean()).isTrue();
        long entries = intact.get("entriesIntact").asLong();
        assertThat(entries).isGreaterThanOrEqualTo(3);

        // someone with access to the store hides that the officer read the record: the reader is changed in one entry
        Query second = Query.query(Criteria.where("sequence").is(entries - 1));
        mongo.updateFirst(second, Update.update("userId", "someone-else"), "access_audit");
        JsonNode altered = mapper.readTree(send("GET", "/api/audit/subject-reads/verification", auditor, null).body());
        assertThat(altered.get("intact").asBoolean()).isFalse();
        assertThat(altered.get("brokenAt").asLong()).isEqualTo(entries - 1);
        assertThat(altered.get("problem").asText()).isEqualTo("ALTERED");

        mongo.remove(second, "access_audit"); // and then removed altogether
        JsonNode removed = mapper.readTree(send("GET", "/api/audit/subject-reads/verification", auditor, null).body());
        assertThat(removed.get("brokenAt").asLong()).isEqualTo(entries - 1);
        assertThat(removed.get("problem").asText()).isEqualTo("MISSING");
        assertThat(send("GET", "/api/audit/subject-reads/verification", officer, null).statusCode()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"none", "garbage", "forged", "expired", "another audience", "another issuer", "unsigned", "basic"})
    void givenNoGoodToken_whenASubjectIsRegistered_thenUnauthenticatedProblemAndNothingStored(String which) throws Exception {
        long before = mongo.getCollection("domainevents").countDocuments();

        HttpResponse<String> refused = send("POST", "/api/subjects", authorization(which), SUBJECT);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("application/problem+json"));
        JsonNode problem = mapper.readTree(refused.body());
        assertThat(problem.get("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(problem.get("title").asText()).isEqualTo("Chưa xác thực");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before);
        assertThat(send("GET", "/api/subjects?communeCode=32000", authorization(which), null).statusCode()).isEqualTo(401);
    }

    @Test
    void givenNoToken_whenHealthIsAsked_thenAnswered() throws Exception {
        assertThat(send("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
    }

    private static String authorization(String which) {
        List<String> areas = List.of("32000");
        Instant later = Instant.now().plusSeconds(600);
        return switch (which) {
            case "none" -> null;
            case "garbage" -> "Bearer not-a-token";
            case "forged" -> "Bearer " + TestTokens.forged("ca-xa-32000", "COMMUNE_OFFICER", areas);
            case "expired" -> "Bearer " + TestTokens.issue("ca-xa-32000", "COMMUNE_OFFICER", areas, TestTokens.ISSUER, TestTokens.AUDIENCE,
                    Instant.now().minusSeconds(120));
            case "another audience" -> "Bearer " + TestTokens.issue("ca-xa-32000", "COMMUNE_OFFICER", areas, TestTokens.ISSUER,
                    "another-api", later);
            case "another issuer" -> "Bearer " + TestTokens.issue("ca-xa-32000", "COMMUNE_OFFICER", areas, "http://evil.example",
                    TestTokens.AUDIENCE, later);
            case "unsigned" -> "Bearer " + unsigned(TestTokens.issue("ca-xa-32000", "PROVINCE_OFFICER", areas));
            case "basic" -> "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes());
            default -> throw new IllegalArgumentException(which);
        };
    }

    /** The same claims with {@code alg: none} and no signature. */
    private static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        return header + "." + token.split("\\.")[1] + ".";
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
