package vn.pcmt.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.assessment.api.v1.TargetSet;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.embedded.test.TopicRecords;

/**
 * Seed 000, Diễn Châu's 2026 plan, through the API: 42 khối, xóm; 14 recognised in 2025 and kept in 2026, 3 new
 * (khối 2, xóm Yên Thịnh, xóm Yên Quang): 17/42 = 40.5%, the target of at least 40% met — and with one fewer, missed.
 */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DienChauProgressIT {

    static final List<String> KEPT = List.of("Xóm 1", "Xóm 6", "Xóm 7", "Xóm 9", "Xóm 10", "Xóm Tân Minh", "Xóm Phúc Nguyên",
            "Xóm Phương Lịch 1", "Xóm Phương Lịch 2", "Xóm Trung Trường", "Xóm Nam Thịnh", "Xóm Ngọc Văn", "Xóm Ngọc Minh", "Xóm Hải Bắc");
    static final List<String> NEW = List.of("Khối 2", "Xóm Yên Thịnh", "Xóm Yên Quang");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper mapper;

    @Test
    void givenTheDienChauPlan_whenItsVillagesAreRecognised_thenSeventeenOfFortyTwoMeetTheFortyPercentTarget() throws Exception {
        http.postForEntity("/api/areas", Map.of("code", "40", "name", "Nghệ An", "level", "PROVINCE"), String.class);
        http.postForEntity("/api/areas", Map.of("code", "16900", "name", "Xã Diễn Châu", "level", "COMMUNE", "parentCode", "40"),
                String.class);
        List<String> villages = new ArrayList<>();
        for (int i = 1; i <= 42; i++) {
            String name = i <= KEPT.size() ? KEPT.get(i - 1) : i <= KEPT.size() + NEW.size() ? NEW.get(i - KEPT.size() - 1) : "Xóm " + (100 + i);
            String code = String.format("16900-%02d", i);
            assertThat(http.postForEntity("/api/areas", Map.of("code", code, "name", name, "level", "VILLAGE", "parentCode", "16900"),
                    String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
            villages.add(code);
        }
        http.exchange("/api/areas/16900/targets/2026", HttpMethod.PUT, new HttpEntity<>(Map.of("drugFreeChildrenPercent", 40,
                "plan", "Kế hoạch xây dựng ít nhất 40% khối, xóm không ma túy năm 2026")), String.class);
        assertThat(TopicRecords.readUntil(AssessmentTopics.EVENTS, "16900", values -> values.stream().anyMatch(v -> v.contains(TargetSet.TYPE))))
                .filteredOn(value -> value.contains(TargetSet.TYPE)).singleElement()
                .satisfies(value -> assertThat(mapper.readTree(value).at("/payload/drugFreeChildrenPercent").asInt()).isEqualTo(40));

        // Nghệ An brings 2026's deadlines forward: implementation to 15/11, appraisal 16–25/11; 2025 kept the default
        ResponseEntity<String> outOfOrder = http.exchange("/api/areas/40/schedule/2026", HttpMethod.PUT, new HttpEntity<>(Map.of(
                "implementationEndsOn", "2026-11-15", "appraisalStartsOn", "2026-11-26", "appraisalEndsOn", "2026-11-25")), String.class);
        assertThat(mapper.readTree(outOfOrder.getBody()).get("code").asText()).isEqualTo("SCHEDULE_OUT_OF_ORDER");
        ResponseEntity<String> commune = http.exchange("/api/areas/16900/schedule/2026", HttpMethod.PUT, new HttpEntity<>(Map.of(
                "implementationEndsOn", "2026-11-15", "appraisalStartsOn", "2026-11-16", "appraisalEndsOn", "2026-11-25")), String.class);
        assertThat(mapper.readTree(commune.getBody()).get("code").asText()).isEqualTo("AREA_LEVEL_NOT_ALLOWED");
        assertThat(mapper.readTree(http.getForObject("/api/areas/16900-01/schedule/2026", String.class)).at("/schedule/appraisalStartsOn")
                .asText()).isEqualTo("2026-12-15"); // nothing stored: still the default
        put("/api/areas/40/schedule/2026", Map.of("implementationEndsOn", "2026-11-15", "appraisalStartsOn", "2026-11-16",
                "appraisalEndsOn", "2026-11-25"));
        JsonNode inForce = mapper.readTree(http.getForObject("/api/areas/16900-01/schedule/2026", String.class));
        assertThat(inForce.get("setBy").asText()).isEqualTo("40");
        assertThat(inForce.at("/schedule/selfAssessmentRequired").asBoolean()).isTrue();

        for (String village : villages.subList(0, KEPT.size())) {
            recognise(village, 2025, "BUILD", "2025-12-10", "2025-12-16");
        }
        ResponseEntity<String> notKept = http.postForEntity("/api/drug-free-registrations", Map.of("areaCode", villages.get(KEPT.size()),
                "year", 2026, "kind", "MAINTAIN", "registeredOn", "2026-01-05"), String.class);
        assertThat(mapper.readTree(notKept.getBody()).get("code").asText()).isEqualTo("NOT_RECOGNISED_LAST_YEAR");
        for (String village : villages.subList(0, KEPT.size() + NEW.size() - 1)) {
            recognise(village, 2026, villages.indexOf(village) < KEPT.size() ? "MAINTAIN" : "BUILD", "2026-11-10", "2026-11-20");
        }
        // xóm Yên Quang, appraised and reviewed but without its self-assessment: not recognised yet
        String yenQuang = villages.get(KEPT.size() + NEW.size() - 1);
        String appraisal = appraiseAndReview(yenQuang, 2026, "BUILD", null, "2026-11-20");
        assertThat(mapper.readTree(decide(appraisal, "2026-11-21").getBody()).get("code").asText()).isEqualTo("SELF_ASSESSMENT_REQUIRED");
        JsonNode oneShort = progress();
        assertThat(oneShort.get("recognized")).hasSize(16);
        assertThat(oneShort.get("met").asBoolean()).isFalse();

        ResponseEntity<String> late = http.postForEntity("/api/appraisals", Map.of("areaCode", yenQuang, "criteriaSet", "LOCAL_10",
                "asOf", "2026-11-18", "kind", "SELF_ASSESSMENT"), String.class);
        assertThat(mapper.readTree(late.getBody()).get("phase").asText()).isEqualTo("LATE"); // after 15/11, recorded all the same
        assertThat(http.postForEntity(late.getHeaders().getLocation() + "/reviews", Map.of("reviewedOn", "2026-11-20", "members",
                List.of("Chủ tịch UBND xã"), "votesFor", 1, "votesAgainst", 0), String.class).getBody()).contains("POLICE_APPRAISAL_REQUIRED");
        assertThat(decide(appraisal, "2026-11-21").getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode reached = progress();
        assertThat(reached.get("children").asInt()).isEqualTo(42);
        assertThat(reached.get("recognized")).hasSize(17);
        assertThat(reached.get("kept")).hasSize(14);
        assertThat(reached.get("fresh")).hasSize(3);
        assertThat(reached.get("lost")).isEmpty();
        assertThat(reached.get("percent").asDouble()).isEqualTo(40.5);
        assertThat(reached.get("met").asBoolean()).isTrue();
    }

    /** A clean village through the whole path: its facts, registration, self-assessment, appraisal, council and decision. */
    private void recognise(String village, int year, String kind, String selfAssessedOn, String appraisedOn) throws Exception {
        assertThat(decide(appraiseAndReview(village, year, kind, selfAssessedOn, appraisedOn), appraisedOn).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    /** Up to the council's review (no self-assessment when {@code selfAssessedOn} is null); the appraisal's location. */
    private String appraiseAndReview(String village, int year, String kind, String selfAssessedOn, String appraisedOn) throws Exception {
        put("/api/areas/" + village + "/facts/" + year, Map.of("population", 800, "households", 200, "householdsCommitted", 200,
                "onRoute", false, "preventionModels", List.of(Map.of("name", "Tổ tự quản", "since", "2024-01-01", "effective", true))));
        assertThat(http.postForEntity("/api/drug-free-registrations", Map.of("areaCode", village, "year", year, "kind", kind,
                "registeredOn", year + "-01-05"), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        if (selfAssessedOn != null) {
            ResponseEntity<String> selfAssessment = http.postForEntity("/api/appraisals", Map.of("areaCode", village, "criteriaSet",
                    "LOCAL_10", "asOf", selfAssessedOn, "kind", "SELF_ASSESSMENT"), String.class);
            assertThat(mapper.readTree(selfAssessment.getBody()).get("phase").asText()).isEqualTo("ON_TIME");
        }
        ResponseEntity<String> appraisal = http.postForEntity("/api/appraisals", Map.of("areaCode", village, "criteriaSet", "LOCAL_10",
                "asOf", appraisedOn), String.class);
        assertThat(mapper.readTree(appraisal.getBody()).get("outcome").asText()).isEqualTo("DRUG_FREE");
        assertThat(mapper.readTree(appraisal.getBody()).get("phase").asText()).isEqualTo("ON_TIME");
        String location = appraisal.getHeaders().getLocation().toString();
        http.postForEntity(location + "/reviews", Map.of("reviewedOn", appraisedOn, "members", List.of("Chủ tịch UBND xã"),
                "votesFor", 1, "votesAgainst", 0), String.class);
        return location;
    }

    private ResponseEntity<String> decide(String appraisal, String decidedOn) {
        return http.postForEntity(appraisal + "/decision", Map.of("recognized", true, "decisionNo", decidedOn + "/QĐ-UBND",
                "decidedOn", decidedOn, "signer", "Chủ tịch UBND xã"), String.class);
    }

    private JsonNode progress() throws Exception {
        return mapper.readTree(http.getForObject("/api/areas/16900/progress?year=2026", String.class));
    }

    private void put(String path, Map<String, Object> body) {
        assertThat(http.exchange(path, HttpMethod.PUT, new HttpEntity<>(new HashMap<>(body)), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
