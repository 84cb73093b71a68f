package vn.pcmt.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
import org.springframework.http.ResponseEntity;
import vn.pcmt.cases.query.tip.TipDocument;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.platform.security.TestTokens;

/** A named tip through the API: kept, never shown to a caller who is not handling it, and resolved into a case. */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TipIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    MongoTemplate mongo;

    @Test
    void givenNamedTip_whenTriagedVerifiedAndResolved_thenBecomesACaseAndTheTipsterIsShownToItsHandlersOnly() throws Exception {
        ResponseEntity<String> received = http.postForEntity("/api/tips", Map.of("channel", "HOTLINE", "receivedOn", "2026-02-03",
                "communeCode", "17167", "content", "Nhà ông X có nhiều người lạ ra vào ban đêm", "anonymous", false,
                "tipster", Map.of("fullName", "Nguyễn Thị Hoa", "phone", "0912345678")), String.class);
        assertThat(received.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode tip = mapper.readTree(received.getBody());
        String tipId = tip.get("tipId").asText();
        assertThat(tip.get("tipsterWithheld").asBoolean()).isFalse(); // the officer who received it (the test's token)
        String otherOfficer = TestTokens.issue("cax-dienchau-09", "COMMUNE_OFFICER", List.of("17167"));
        String assigned = TestTokens.issue("cax-dienchau-05", "COMMUNE_OFFICER", List.of("17167"));
        assertThat(getAs(otherOfficer, "/api/tips/" + tipId)).doesNotContain("Nguyễn Thị Hoa").doesNotContain("0912345678");
        Document stored = mongo.getCollection("tip").find(new Document("_id", tipId)).first();
        assertThat(stored.get("tipster", Document.class).getString("fullName")).startsWith(PersonalDataKeys.SEALED); // sealed at rest
        assertThat(stored.toJson()).doesNotContain("Nguyễn Thị Hoa").doesNotContain("0912345678");
        assertThat(mongo.findById(tipId, TipDocument.class).tipster().fullName()).isEqualTo("Nguyễn Thị Hoa"); // kept for its handlers

        String steps = "/api/tips/" + tipId + "/steps";
        assertThat(getAs(assigned, "/api/tips/" + tipId)).doesNotContain("Nguyễn Thị Hoa"); // not yet assigned
        assertThat(http.postForEntity(steps, Map.of("step", "TRIAGE", "on", "2026-02-03", "urgent", true,
                "handlers", List.of("cax-dienchau-05")), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(getAs(assigned, "/api/tips/" + tipId)).contains("Nguyễn Thị Hoa");
        assertThat(getAs(otherOfficer, "/api/tips/" + tipId)).doesNotContain("Nguyễn Thị Hoa");
        assertThat(http.postForEntity(steps, Map.of("step", "VERIFY", "on", "2026-02-05", "confirmed", true, "findings", "Đúng"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> unknownCase = http.postForEntity(steps, Map.of("step", "RESOLVE", "on", "2026-02-06", "outcome", "CASE",
                "referenceId", "5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"), String.class);
        assertThat(unknownCase.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(mapper.readTree(unknownCase.getBody()).get("code").asText()).isEqualTo("REFERENCE_UNKNOWN");

        String caseId = mapper.readTree(http.postForEntity("/api/cases", Map.of("kind", "CRIMINAL", "article", "256",
                "communeCode", "17167", "openedOn", "2026-02-06", "tipId", tipId), String.class).getBody()).get("caseId").asText();
        ResponseEntity<String> resolved = http.postForEntity(steps, Map.of("step", "RESOLVE", "on", "2026-02-06", "outcome", "CASE",
                "referenceId", caseId), String.class);

        JsonNode after = mapper.readTree(resolved.getBody());
        assertThat(after.get("stage").asText()).isEqualTo("RESOLVED");
        assertThat(after.get("referenceId").asText()).isEqualTo(caseId);
        assertThat(getAs(otherOfficer, "/api/tips/" + tipId)).doesNotContain("Nguyễn Thị Hoa");
        assertThat(http.getForObject("/api/tips?communeCode=17167", String.class)).doesNotContain("Nguyễn Thị Hoa"); // lists never
    }

    private String getAs(String token, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
