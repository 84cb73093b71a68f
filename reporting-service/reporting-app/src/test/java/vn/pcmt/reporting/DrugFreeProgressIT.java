package vn.pcmt.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import vn.pcmt.assessment.api.v1.AreaChanged;
import vn.pcmt.assessment.api.v1.AreaFactsRecorded;
import vn.pcmt.assessment.api.v1.AreaLevel;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.assessment.api.v1.ClassificationApproved;
import vn.pcmt.assessment.api.v1.RecognitionDecided;
import vn.pcmt.assessment.api.v1.TargetSet;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.security.TestTokens;

/**
 * Seed 000, Diễn Châu's 2026 plan, from assessment's published events: 42 khối, xóm; the 14 recognised in 2025 kept and
 * 3 new (khối 2, xóm Yên Thịnh, xóm Yên Quang) make 17/42 = 40.5%, the target of at least 40% met; as known before the
 * last decision, 16/42 = 38.1%, missed. Figures computed by hand from the plan, not by the code under test.
 */
@ExtendWith(InfrastructureExtension.class)
@DirtiesContext // closed while the broker and the store still run: its consumers stop cleanly, not at JVM exit
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DrugFreeProgressIT {

    static final String PROVINCE = "40";
    static final String COMMUNE = "16900";

    @Autowired
    TestRestTemplate http;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper mapper;

    @Test
    void givenTheDienChauPlan_whenRecognitionsArePublished_thenSeventeenOfFortyTwoMeetTheTargetAndEarlierKnowledgeMissesIt()
            throws Exception {
        publish(area(PROVINCE, new AreaRegistered(PROVINCE, "Nghệ An", AreaLevel.PROVINCE, null)));
        publish(area(COMMUNE, new AreaRegistered(COMMUNE, "Xã Diễn Châu", AreaLevel.COMMUNE, PROVINCE)));
        for (int i = 1; i <= 42; i++) {
            publish(area(village(i), new AreaRegistered(village(i), "Xóm " + i, AreaLevel.VILLAGE, COMMUNE)));
        }
        publish(area(COMMUNE, new TargetSet(COMMUNE, 2026, 40)));
        for (int i = 1; i <= 14; i++) { // recognised in 2025, kept in 2026
            publish(area(village(i), recognition(village(i), 2025, true, "2025-12-19")));
            publish(area(village(i), recognition(village(i), 2026, true, "2026-11-20")));
        }
        publish(area(village(15), recognition(village(15), 2026, true, "2026-11-20"))); // khối 2
        publish(area(village(16), recognition(village(16), 2026, true, "2026-11-20"))); // xóm Yên Thịnh
        publish(area(village(20), recognition(village(20), 2026, false, "2026-11-20"))); // refused: not counted
        publish(area(village(1), new AreaFactsRecorded(village(1), 2026, 1240, 312, 298, false, 2, 1)));
        publish(area(village(2), new AreaFactsRecorded(village(2), 2026, 900, 240, 200, false, 1, 1)));
        publish(area(village(2), new AreaFactsRecorded(village(2), 2026, 900, 240, 240, false, 1, 1))); // supersedes
        publish(area(COMMUNE, new ClassificationApproved(COMMUNE, 2026, "TYPE_III", LocalDate.of(2026, 11, 21), false)));
        publish(area(COMMUNE, new AreaChanged(COMMUNE, "RENAMED", "Xã Diễn Châu mới", null, List.of(), List.of(), LocalDate.of(2026, 7, 1))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(progress(COMMUNE, "").at("/drugFree/recognized")).hasSize(16));
        Instant beforeTheLast = Instant.now();
        Thread.sleep(5); // the store keeps milliseconds: the last decision is recorded in a later one
        publish(area(village(17), recognition(village(17), 2026, true, "2026-11-21"))); // xóm Yên Quang, a day later
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(progress(COMMUNE, "").at("/drugFree/recognized")).hasSize(17));

        JsonNode reached = progress(COMMUNE, "");
        assertThat(reached.get("name").asText()).isEqualTo("Xã Diễn Châu mới");
        assertThat(reached.at("/drugFree/children").asInt()).isEqualTo(42);
        assertThat(reached.at("/drugFree/kept")).hasSize(14);
        assertThat(reached.at("/drugFree/fresh")).extracting(JsonNode::asText).containsExactly(village(15), village(16), village(17));
        assertThat(reached.at("/drugFree/lost")).isEmpty();
        assertThat(reached.at("/drugFree/percent").decimalValue()).isEqualByComparingTo("40.5");
        assertThat(reached.at("/drugFree/targetPercent").asInt()).isEqualTo(40);
        assertThat(reached.at("/drugFree/met").asBoolean()).isTrue();
        assertThat(reached.at("/facts/households").asLong()).isEqualTo(312 + 240); // the villages' facts, the latest of each
        assertThat(reached.at("/facts/householdsCommitted").asLong()).isEqualTo(298 + 240);
        assertThat(reached.at("/facts/preventionModels").asLong()).isEqualTo(3);
        assertThat(reached.at("/facts/effectivePreventionModels").asLong()).isEqualTo(2);
        assertThat(reached.at("/keyAreaTypes/TYPE_III").asLong()).isEqualTo(1);

        // drill-down: the areas behind each count, each with what it adds
        JsonNode households = members(COMMUNE, "households");
        assertThat(households.get("total").asInt()).isEqualTo(2);
        assertThat(households.get("items")).extracting(item -> item.get("value").asLong()).containsExactlyInAnyOrder(312L, 240L);
        assertThat(households.get("items")).allSatisfy(item -> assertThat(item.get("name").asText()).isNotBlank());
        assertThat(members(COMMUNE, "preventionModels.effective").get("items")).extracting(item -> item.get("value").asLong())
                .containsExactlyInAnyOrder(1L, 1L);
        JsonNode typeIii = members(COMMUNE, "keyAreaTypes.TYPE_III");
        assertThat(typeIii.get("items")).extracting(item -> item.get("areaCode").asText()).containsExactly(COMMUNE);
        assertThat(members(COMMUNE, "keyAreaTypes.TYPE_I").get("total").asInt()).isZero();
        assertThat(members(PROVINCE, "households").get("items")).extracting(item -> item.get("value").asLong()).containsExactlyInAnyOrder(312L, 240L);
        ResponseEntity<String> unknown = http.getForEntity("/api/reports/drug-free-progress/members?areaCode=" + COMMUNE
                + "&year=2026&figure=drugFree.nonsense", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(mapper.readTree(unknown.getBody()).get("code").asText()).isEqualTo("FIGURE_UNKNOWN");

        JsonNode asKnownBefore = progress(COMMUNE, "&knownAt=" + beforeTheLast);
        assertThat(asKnownBefore.at("/drugFree/recognized")).hasSize(16);
        assertThat(asKnownBefore.at("/drugFree/percent").decimalValue()).isEqualByComparingTo("38.1");
        assertThat(asKnownBefore.at("/drugFree/met").asBoolean()).isFalse();

        assertThat(progressOf(COMMUNE, 2025).at("/drugFree/recognized")).hasSize(14);
        assertThat(progressOf(COMMUNE, 2025).at("/drugFree/met").isBoolean()).isFalse(); // no target for 2025: not measured
        JsonNode province = progress(PROVINCE, "");
        assertThat(province.at("/drugFree/children").asInt()).isEqualTo(1);
        assertThat(province.at("/drugFree/recognized")).isEmpty();
        assertThat(province.at("/keyAreaTypes/TYPE_III").asLong()).isEqualTo(1);
        assertThat(province.at("/facts/households").asLong()).isEqualTo(552);

        // the year's report: the commune's standing, its KPI against the plan's 40%, and the rows of the spreadsheet
        JsonNode periodic = mapper.readTree(http.getForObject("/api/reports/periodic?areaCode=" + COMMUNE + "&period=2026", String.class));
        assertThat(periodic.at("/standing/drugFree/recognized")).hasSize(17);
        JsonNode kpi = kpi(periodic, "DRUG_FREE_CHILDREN");
        assertThat(kpi.get("numerator").asLong()).isEqualTo(17);
        assertThat(kpi.get("denominator").asLong()).isEqualTo(42);
        assertThat(kpi.get("met").asBoolean()).isTrue();
        JsonNode recognised = mapper.readTree(http.getForObject("/api/reports/kpis/members?areaCode=" + COMMUNE
                + "&period=2026&kpi=DRUG_FREE_CHILDREN&part=numerator&size=500", String.class));
        assertThat(recognised.get("total").asLong()).isEqualTo(17);
        assertThat(recognised.get("items")).extracting(item -> item.get("villageCode").asText()).contains(village(15), village(16), village(17));
        assertThat(mapper.readTree(http.getForObject("/api/reports/kpis/members?areaCode=" + COMMUNE
                + "&period=2026&kpi=DRUG_FREE_CHILDREN&part=denominator", String.class)).get("total").asLong()).isEqualTo(42);
        assertThat(kpi(mapper.readTree(http.getForObject("/api/reports/periodic?areaCode=" + PROVINCE + "&period=2026", String.class)),
                "DRUG_FREE_CHILDREN").get("target").asInt()).isEqualTo(50); // no plan for the province: the national target
        HttpHeaders csv = new HttpHeaders();
        csv.set(HttpHeaders.ACCEPT, "text/csv");
        String rows = new String(http.exchange("/api/reports/periodic?areaCode=" + COMMUNE + "&period=2026", HttpMethod.GET,
                new HttpEntity<>(csv), byte[].class).getBody(), StandardCharsets.UTF_8);
        assertThat(rows).contains("16900,\"Xã Diễn Châu mới\",drugFree.recognized,,17,").contains("16900,\"Xã Diễn Châu mới\",households,,552,")
                .contains("16900-01,\"Xóm 1\",preventionModels.effective,,1,");
        HttpHeaders pdf = new HttpHeaders();
        pdf.set(HttpHeaders.ACCEPT, "application/pdf");
        ResponseEntity<byte[]> printed = http.exchange("/api/reports/periodic?areaCode=" + COMMUNE + "&period=2026", HttpMethod.GET,
                new HttpEntity<>(pdf), byte[].class);
        assertThat(printed.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(printed.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("pcmt-16900-2026.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(printed.getBody())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Báo cáo kết quả phòng, chống ma túy kỳ 2026: Xã Diễn Châu mới", "Từ 15/12/2025 đến 14/12/2026",
                    "Không ma túy (drugFree.recognized)", "Xóm 1");
        }
    }

    @Test
    void givenBadYearsAndAnotherProvincesCaller_whenDrugFreeProgress_thenRefusedWithProblems() throws Exception {
        publish(area("41", new AreaRegistered("41", "Hà Tĩnh", AreaLevel.PROVINCE, null)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(progressOf("41", 2026).get("areaCode").asText()).isEqualTo("41"));

        for (String year : List.of("1999", "2101", "abc")) {
            ResponseEntity<String> bad = http.getForEntity("/api/reports/drug-free-progress?areaCode=41&year=" + year, String.class);
            assertThat(bad.getStatusCode()).as(year).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        HttpHeaders other = new HttpHeaders();
        other.setBearerAuth(TestTokens.issue("ca-tinh-42", "PROVINCE_OFFICER", List.of("42")));
        ResponseEntity<String> refused = http.exchange("/api/reports/drug-free-progress?areaCode=41&year=2026", HttpMethod.GET,
                new HttpEntity<>(other), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(mapper.readTree(refused.getBody()).get("code").asText()).isEqualTo("AREA_OUT_OF_SCOPE");
    }

    private JsonNode kpi(JsonNode report, String id) {
        for (JsonNode kpi : report.get("kpis")) {
            if (kpi.get("id").asText().equals(id)) {
                return kpi;
            }
        }
        throw new AssertionError("No KPI " + id + " in " + report.get("kpis"));
    }

    private JsonNode members(String areaCode, String figure) throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/reports/drug-free-progress/members?areaCode=" + areaCode + "&year=2026&figure="
                + figure, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return mapper.readTree(response.getBody());
    }

    private JsonNode progress(String areaCode, String query) throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/reports/drug-free-progress?areaCode=" + areaCode + "&year=2026" + query,
                String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return mapper.readTree(response.getBody());
    }

    private JsonNode progressOf(String areaCode, int year) throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/reports/drug-free-progress?areaCode=" + areaCode + "&year=" + year,
                String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return mapper.readTree(response.getBody());
    }

    private static String village(int i) {
        return String.format("%s-%02d", COMMUNE, i);
    }

    private static RecognitionDecided recognition(String village, int year, boolean recognized, String decidedOn) {
        return new RecognitionDecided(UUID.randomUUID().toString(), village, year, "LOCAL_10", recognized, "QĐ-" + village + "-" + year,
                LocalDate.parse(decidedOn));
    }

    private IntegrationEvent area(String areaCode, Object payload) {
        String type = switch (payload) {
            case AreaRegistered ignored -> AreaRegistered.TYPE;
            case TargetSet ignored -> TargetSet.TYPE;
            case RecognitionDecided ignored -> RecognitionDecided.TYPE;
            case AreaFactsRecorded ignored -> AreaFactsRecorded.TYPE;
            case ClassificationApproved ignored -> ClassificationApproved.TYPE;
            case AreaChanged ignored -> AreaChanged.TYPE;
            default -> throw new IllegalArgumentException(payload.toString());
        };
        return new IntegrationEvent(UUID.randomUUID().toString(), type, 1, areaCode, 0, LocalDate.of(2026, 1, 5), Instant.now(),
                Actor.system("test"), areaCode, mapper.valueToTree(payload));
    }

    private void publish(IntegrationEvent event) throws Exception {
        kafka.send(AssessmentTopics.EVENTS, event.aggregateId(), mapper.writeValueAsString(event)).get();
    }
}
