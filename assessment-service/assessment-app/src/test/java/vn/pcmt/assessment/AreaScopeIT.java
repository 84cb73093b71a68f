package vn.pcmt.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.platform.security.TestTokens;

/**
 * assessment-service limits every area's standing to the caller's areas and role (issue 7): a commune records its own
 * facts and self-assessment, the level above appraises and decides, other communes and provinces see nothing, readers
 * change nothing, and the directory is kept by administrators and by officers under their own area. Refusals store
 * nothing.
 */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AreaScopeIT {

    static final String COMMUNE = TestTokens.issue("ca-xa-47101", "COMMUNE_OFFICER", List.of("47101"));
    static final String NEIGHBOUR = TestTokens.issue("ca-xa-47102", "COMMUNE_OFFICER", List.of("47102"));
    static final String PROVINCE = TestTokens.issue("ca-tinh-47", "PROVINCE_OFFICER", List.of("47"));
    static final String OTHER_PROVINCE = TestTokens.issue("ca-tinh-48", "PROVINCE_OFFICER", List.of("48"));
    static final String STEERING = TestTokens.issue("bcd-tinh-47", "STEERING_MEMBER", List.of("47"));
    static final String ANALYST = TestTokens.issue("phan-tich", "ANALYST", List.of());
    static final String ADMINISTRATOR = TestTokens.issue("quan-tri", "ADMINISTRATOR", List.of());

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void directory() {
        area(ADMINISTRATOR, "47", "Tỉnh Bốn Bảy", "PROVINCE", null);
        area(ADMINISTRATOR, "47101", "Xã Một", "COMMUNE", "47");
        area(ADMINISTRATOR, "47102", "Xã Hai", "COMMUNE", "47");
        area(COMMUNE, "47101-01", "Thôn Một", "VILLAGE", "47101"); // an officer keeps the villages of their commune
    }

    @Test
    void givenACommuneOfficer_whenRecordingAndAppraising_thenOwnAreaOnlyAndTheLevelAboveDecides() throws Exception {
        assertThat(as(COMMUNE, HttpMethod.PUT, "/api/areas/47101-01/facts/2026", facts()).getStatusCode()).isEqualTo(HttpStatus.OK);
        long events = events();

        assertProblem(as(NEIGHBOUR, HttpMethod.PUT, "/api/areas/47101-01/facts/2026", facts()), HttpStatus.FORBIDDEN, "AREA_OUT_OF_SCOPE");
        assertProblem(as(NEIGHBOUR, HttpMethod.GET, "/api/areas/47101/facts?asOf=2026-06-30", null), HttpStatus.FORBIDDEN,
                "AREA_OUT_OF_SCOPE");
        assertProblem(as(STEERING, HttpMethod.PUT, "/api/areas/47101-01/facts/2026", facts()), HttpStatus.FORBIDDEN, "ROLE_READ_ONLY");
        assertProblem(as(ANALYST, HttpMethod.GET, "/api/areas/47101/facts?asOf=2026-06-30", null), HttpStatus.FORBIDDEN,
                "ROLE_NOT_ALLOWED");
        assertProblem(appraise(COMMUNE, "47101", "QD28_2025_DRUG_FREE", "APPRAISAL"), HttpStatus.FORBIDDEN, "AREA_OUT_OF_SCOPE");
        assertProblem(as(COMMUNE, HttpMethod.POST, "/api/areas", Map.of("code", "47103", "name", "Xã Ba", "level", "COMMUNE",
                "parentCode", "47")), HttpStatus.FORBIDDEN, "AREA_OUT_OF_SCOPE");
        assertProblem(csvImport(PROVINCE), HttpStatus.FORBIDDEN, "AREA_OUT_OF_SCOPE");
        // the level above renames, merges and splits: a commune its villages, never itself
        assertProblem(as(COMMUNE, HttpMethod.POST, "/api/areas/47101/renames", Map.of("name", "Xã Một Mới", "effectiveOn", "2026-06-01",
                "decisionNo", "1/NQ")), HttpStatus.FORBIDDEN, "AREA_OUT_OF_SCOPE");
        assertProblem(as(COMMUNE, HttpMethod.POST, "/api/areas/47101/splits", Map.of("successorCodes", List.of("47101", "47102"),
                "assignments", Map.of(), "effectiveOn", "2026-06-01", "decisionNo", "1/NQ")), HttpStatus.FORBIDDEN, "AREA_OUT_OF_SCOPE");
        assertThat(events()).isEqualTo(events);
        assertThat(as(COMMUNE, HttpMethod.POST, "/api/areas/47101-01/renames", Map.of("name", "Thôn Một Mới", "effectiveOn", "2026-06-01",
                "decisionNo", "1/NQ")).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> selfAssessed = appraise(COMMUNE, "47101", "QD28_2025_DRUG_FREE", "SELF_ASSESSMENT");
        assertThat(selfAssessed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String selfAssessment = mapper.readTree(selfAssessed.getBody()).get("id").asText();
        assertThat(appraise(COMMUNE, "47101-01", "LOCAL_10", "APPRAISAL").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> appraised = appraise(PROVINCE, "47101", "QD28_2025_DRUG_FREE", "APPRAISAL");
        assertThat(appraised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String appraisal = mapper.readTree(appraised.getBody()).get("id").asText();

        Map<String, Object> decision = Map.of("recognized", false, "decisionNo", "12/QĐ-UBND", "decidedOn", "2026-06-30",
                "signer", "Chủ tịch UBND tỉnh", "reasons", "Chưa đạt");
        long before = events();
        assertProblem(as(COMMUNE, HttpMethod.POST, "/api/appraisals/" + appraisal + "/decision", decision), HttpStatus.FORBIDDEN,
                "AREA_OUT_OF_SCOPE");
        assertProblem(as(OTHER_PROVINCE, HttpMethod.POST, "/api/appraisals/" + appraisal + "/decision", decision), HttpStatus.NOT_FOUND,
                "APPRAISAL_UNKNOWN");
        assertProblem(as(OTHER_PROVINCE, HttpMethod.GET, "/api/appraisals/" + selfAssessment, null), HttpStatus.NOT_FOUND,
                "APPRAISAL_UNKNOWN");
        assertThat(events()).isEqualTo(before);
        assertThat(as(STEERING, HttpMethod.GET, "/api/appraisals/" + appraisal, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> review = Map.of("reviewedOn", "2026-06-30", "members", List.of("Chủ tịch UBND tỉnh"), "votesFor", 1,
                "votesAgainst", 0);
        assertProblem(as(COMMUNE, HttpMethod.POST, "/api/appraisals/" + appraisal + "/reviews", review), HttpStatus.FORBIDDEN,
                "AREA_OUT_OF_SCOPE");
        assertThat(as(PROVINCE, HttpMethod.POST, "/api/appraisals/" + appraisal + "/reviews", review).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as(PROVINCE, HttpMethod.POST, "/api/appraisals/" + appraisal + "/decision", decision).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // the directory names no one: every role may read it
        assertThat(as(ANALYST, HttpMethod.GET, "/api/areas/47101", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> appraise(String token, String area, String criteriaSet, String kind) {
        return as(token, HttpMethod.POST, "/api/appraisals", Map.of("areaCode", area, "criteriaSet", criteriaSet, "asOf", "2026-06-30",
                "kind", kind));
    }

    private ResponseEntity<String> csvImport(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        return http.exchange("/api/areas/import", HttpMethod.POST, new HttpEntity<>("code,name,level,parentCode\n47104,Xã Bốn,COMMUNE,47\n",
                headers), String.class);
    }

    private static Map<String, Object> facts() {
        return Map.of("population", 900, "households", 240, "householdsCommitted", 240, "onRoute", false, "preventionModels", List.of());
    }

    private void area(String token, String code, String name, String level, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "level", level));
        if (parent != null) {
            body.put("parentCode", parent);
        }
        ResponseEntity<String> registered = as(token, HttpMethod.POST, "/api/areas", body);
        assertThat(registered.getStatusCode().value()).as(registered.getBody()).isIn(201, 409);
    }

    private long events() {
        return mongo.getCollection("domainevents").countDocuments();
    }

    private void assertProblem(ResponseEntity<String> response, HttpStatus status, String code) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(mapper.readTree(response.getBody()).get("code").asText()).isEqualTo(code);
    }

    private ResponseEntity<String> as(String token, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
