package vn.pcmt.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import vn.pcmt.assessment.api.v1.AreaLevel;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.registry.api.v1.Category;
import vn.pcmt.registry.api.v1.ManagementPeriodStarted;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.Residence;
import vn.pcmt.registry.api.v1.Sex;
import vn.pcmt.registry.api.v1.SubjectRegistered;
import vn.pcmt.registry.api.v1.TreatmentStarted;

/**
 * Seed 001, Hà Tây commune's 2026 plan (Hải Phòng, 14 villages): "3 persons under operational management, 9 under legal
 * management (7 on Methadone, 2 post-rehab), 8 suspected users". Registered in January 2026 as the registry would publish
 * them, the half-year report must show those people and nothing else. Every expected figure below is counted by hand
 * from the plan, not by the code under test: 20 persons; by category 8 suspected, 7 addicts, 3 illegal users, 2
 * post-rehab; 7 in substitution treatment; 2 under management; treatment reach 7 of the 10 addicts and users (70%,
 * short of the 80% target of seed 004).
 */
@ExtendWith(InfrastructureExtension.class)
@DirtiesContext // closed while the broker and the store still run: its consumers stop cleanly, not at JVM exit
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HaTayReportIT {

    static final String PROVINCE = "31";
    static final String COMMUNE = "11311";
    static final LocalDate REGISTERED = LocalDate.of(2026, 1, 10);

    @Autowired
    TestRestTemplate http;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper mapper;

    @Test
    void givenTheHaTayPlan_whenItsPeopleAreRegistered_thenTheHalfYearShowsThemAsThePlanCountsThem() throws Exception {
        area(PROVINCE, "Hải Phòng", AreaLevel.PROVINCE, null);
        area(COMMUNE, "Xã Hà Tây", AreaLevel.COMMUNE, PROVINCE);
        for (int i = 1; i <= 14; i++) {
            area(village(i), "Thôn " + i, AreaLevel.VILLAGE, COMMUNE);
        }
        List<String> everyone = new ArrayList<>();
        for (int i = 1; i <= 7; i++) { // legal management: on Methadone
            String id = subject(everyone, village(i), Category.ADDICT);
            registry(id, 1, TreatmentStarted.TYPE, new TreatmentStarted(id, "t-" + id, "SUBSTITUTION", REGISTERED.plusDays(5)));
        }
        for (int i = 8; i <= 9; i++) { // legal management: post-rehab, a year as Law 73/2021 has it
            String id = subject(everyone, village(i), Category.POST_REHAB);
            registry(id, 1, ManagementPeriodStarted.TYPE, new ManagementPeriodStarted(id, "POST_REHAB", REGISTERED,
                    REGISTERED.plusYears(1).minusDays(1), "LAW_73_2021"));
        }
        for (int i = 10; i <= 12; i++) { // operational management
            subject(everyone, village(i), Category.ILLEGAL_USER);
        }
        for (int i = 0; i < 8; i++) { // suspected users, four in each of the last two villages
            subject(everyone, village(13 + i / 4), Category.SUSPECTED);
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode live = get("/api/reports/summary?areaCode=" + COMMUNE);
            assertThat(live.at("/subjects/total").asLong()).isEqualTo(20);
            assertThat(live.at("/subjects/byTreatment/SUBSTITUTION").asLong()).isEqualTo(7);
            assertThat(get("/api/reports/subjects?areaCode=" + COMMUNE + "&asOf=2026-06-14").at("/subjects/total").asLong()).isEqualTo(20);
        });

        JsonNode report = get("/api/reports/periodic?areaCode=" + COMMUNE + "&period=2026-H1");
        JsonNode atEnd = report.get("atEnd");
        assertThat(report.at("/atStart/total").asLong()).isZero(); // nobody was on the list on 14/12/2025
        assertThat(atEnd.get("total").asLong()).isEqualTo(20);
        assertThat(atEnd.at("/byCategory/SUSPECTED").asLong()).isEqualTo(8);
        assertThat(atEnd.at("/byCategory/ADDICT").asLong()).isEqualTo(7);
        assertThat(atEnd.at("/byCategory/ILLEGAL_USER").asLong()).isEqualTo(3);
        assertThat(atEnd.at("/byCategory/POST_REHAB").asLong()).isEqualTo(2);
        assertThat(atEnd.at("/byTreatment/SUBSTITUTION").asLong()).isEqualTo(7);
        assertThat(atEnd.get("underManagement").asLong()).isEqualTo(2);
        assertThat(report.at("/flows/found").asLong()).isEqualTo(20);
        assertThat(report.get("children")).hasSize(14);
        assertThat(report.get("children")).extracting(child -> child.at("/atEnd/total").asLong())
                .containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 4L, 4L);
        JsonNode reach = report.get("kpis").get(0);
        assertThat(reach.get("id").asText()).isEqualTo("TREATMENT_REACH");
        assertThat(reach.get("numerator").asLong()).isEqualTo(7);
        assertThat(reach.get("denominator").asLong()).isEqualTo(10);
        assertThat(reach.get("value").decimalValue()).isEqualByComparingTo("70.0");
        assertThat(reach.get("met").asBoolean()).isFalse();

        // the province sees the same people, and the lists behind the figures are those people
        assertThat(get("/api/reports/subjects?areaCode=" + PROVINCE + "&asOf=2026-06-14").at("/subjects/total").asLong()).isEqualTo(20);
        JsonNode suspected = get("/api/reports/subjects/members?areaCode=" + COMMUNE + "&figure=subjects.byCategory.SUSPECTED&asOf=2026-06-14");
        assertThat(suspected.get("total").asInt()).isEqualTo(8);
        assertThat(get("/api/reports/subjects/members?areaCode=" + COMMUNE + "&figure=subjects.total&asOf=2026-06-14&size=500").get("items"))
                .extracting(item -> item.get("subject").asText()).containsExactlyInAnyOrderElementsOf(everyone);
    }

    private String subject(List<String> everyone, String village, Category category) throws Exception {
        String id = UUID.randomUUID().toString();
        everyone.add(id);
        registry(id, 0, SubjectRegistered.TYPE, new SubjectRegistered(id, category, Sex.MALE, 1990, new Residence(COMMUNE, village),
                "DOOR_TO_DOOR_REVIEW", REGISTERED));
        return id;
    }

    private void registry(String subjectId, long version, String type, Object payload) throws Exception {
        IntegrationEvent event = new IntegrationEvent(UUID.randomUUID().toString(), type, 1, subjectId, version, REGISTERED, Instant.now(),
                Actor.system("test"), COMMUNE, mapper.valueToTree(payload));
        kafka.send(RegistryTopics.EVENTS, subjectId, mapper.writeValueAsString(event)).get();
    }

    private void area(String code, String name, AreaLevel level, String parent) throws Exception {
        IntegrationEvent event = new IntegrationEvent(UUID.randomUUID().toString(), AreaRegistered.TYPE, 1, code, 0, LocalDate.of(2026, 1, 5),
                Instant.now(), Actor.system("test"), code, mapper.valueToTree(new AreaRegistered(code, name, level, parent)));
        kafka.send(AssessmentTopics.EVENTS, code, mapper.writeValueAsString(event)).get();
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return mapper.readTree(response.getBody());
    }

    private static String village(int i) {
        return String.format("%s-%02d", COMMUNE, i);
    }
}
