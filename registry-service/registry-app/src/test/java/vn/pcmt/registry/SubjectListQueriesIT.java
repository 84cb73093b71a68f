package vn.pcmt.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryRepository;

/**
 * Seed 001 (Hà Tây commune, 14 villages): "03 người quản lý nghiệp vụ, 09 người quản lý pháp luật (07 điều trị
 * Methadone, 02 quản lý sau cai nghiện), 08 người nghi ngờ". Imported through the API, then the counts and lists must
 * say the same; and today's lists (from the list documents) must equal the lists refolded from the events.
 */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubjectListQueriesIT {

    static final String HA_TAY = "31200";
    static final LocalDate TODAY = LocalDate.now(vn.pcmt.platform.axon.EventMetaData.BUSINESS_ZONE);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    AreaDirectoryRepository areas;
    RegistryHttp http;
    /** Imported once for all the tests (the infrastructure extension starts before Spring, so not in a @BeforeAll). */
    static boolean imported;

    @BeforeEach
    void importHaTayOnce() throws Exception {
        http = new RegistryHttp(rest, mapper, kafka, areas);
        if (imported) {
            return;
        }
        imported = true;
        http.villages(HA_TAY, IntStream.rangeClosed(1, 14).mapToObj(SubjectListQueriesIT::village).toArray(String[]::new));
        int n = 0;
        for (int i = 0; i < 7; i++) {   // legal management: substitution therapy
            String id = register(++n, "ADDICT", TODAY.minusDays(90));
            http.change(id, "treatments", "{\"kind\":\"SUBSTITUTION\",\"startsOn\":\"%s\",\"facility\":\"Cơ sở Methadone\"}"
                    .formatted(TODAY.minusDays(80)));
            http.change(id, "drug-tests", negativeTest(TODAY.minusDays(3)));
        }
        for (int i = 0; i < 2; i++) {   // legal management: post-rehab
            String id = register(++n, "POST_REHAB", TODAY.minusDays(60));
            http.change(id, "management-periods", "{\"kind\":\"POST_REHAB\",\"decisionNo\":\"%d/QĐ-UBND\",\"startsOn\":\"%s\"}"
                    .formatted(n, TODAY.minusDays(45)));
        }
        String flagged = register(++n, "ILLEGAL_USER", TODAY.minusDays(20));   // operational management
        http.change(flagged, "flags", "{\"flag\":\"PSYCHOSIS_SIGNS\",\"raisedOn\":\"%s\"}".formatted(TODAY.minusDays(2)));
        register(++n, "ILLEGAL_USER", TODAY.minusDays(20));
        register(++n, "RELEASED_OFFENDER", TODAY.minusDays(20));
        for (int i = 0; i < 8; i++) {   // suspected; half tested lately, half overdue
            String id = register(++n, "SUSPECTED", TODAY.minusDays(60));
            if (i % 2 == 0) {
                http.change(id, "drug-tests", negativeTest(TODAY.minusDays(5)));
            }
        }
        // no longer Hà Tây's today, but still on its lists as of last month: one moved away, one died
        http.villages("31300", "31300-01");
        String movedAway = http.register("Người chuyển đi", "1991-01-01", HA_TAY, village(2), "ILLEGAL_USER", TODAY.minusDays(90).toString());
        http.change(movedAway, "moves", "{\"toCommuneCode\":\"31300\",\"toVillageCode\":\"31300-01\",\"movedOn\":\"%s\"}"
                .formatted(TODAY.minusDays(10)));
        String died = http.register("Người đã mất", "1970-01-01", HA_TAY, village(3), "ADDICT", TODAY.minusDays(90).toString());
        http.change(died, "removal", "{\"reason\":\"DEATH\",\"removedOn\":\"%s\"}".formatted(TODAY.minusDays(10)));
        await().atMost(Duration.ofSeconds(60)).until(() -> list("").get("total").asInt() == 20
                && list("&flag=PSYCHOSIS_SIGNS").get("total").asInt() == 1);
    }

    @Test
    void givenHaTayImported_whenCounted_thenTheSeedsFiguresComeBack() throws Exception {
        JsonNode counts = http.getJson("/api/subjects/counts?communeCode=" + HA_TAY);

        assertThat(counts.get("total").asInt()).isEqualTo(20);
        assertThat(counts.at("/byBasis/LEGAL").asInt()).isEqualTo(9);
        assertThat(counts.at("/byBasis/OPERATIONAL").asInt()).isEqualTo(3);
        assertThat(counts.at("/byBasis/SUSPECTED").asInt()).isEqualTo(8);
        assertThat(counts.at("/inTreatment/SUBSTITUTION").asInt()).isEqualTo(7);
        assertThat(counts.at("/underManagement/POST_REHAB").asInt()).isEqualTo(2);
        assertThat(counts.at("/overdue/TEST").asInt()).isEqualTo(4 + 2); // untested suspects, post-rehab persons found 60 days ago
    }

    @Test
    void givenHaTayImported_whenListsFiltered_thenTheSeedsGroupsComeBack() throws Exception {
        assertThat(list("&category=SUSPECTED").get("total").asInt()).isEqualTo(8);
        assertThat(list("&treatment=SUBSTITUTION").get("total").asInt()).isEqualTo(7);
        assertThat(list("&category=SUSPECTED&overdue=TEST").get("total").asInt()).isEqualTo(4);
        assertThat(list("&managementEndingWithinDays=366").get("total").asInt()).isEqualTo(2);
        JsonNode page = list("&size=5&page=1&sort=fullName,desc");
        assertThat(page.get("items")).hasSize(5);
        assertThat(page.get("total").asInt()).isEqualTo(20);
        assertThat(page.at("/items/0/fullName").asText()).isEqualTo("Đối tượng 15"); // 20..16 on page 0
    }

    @Test
    void givenSubjectsWhoMovedAwayOrDied_whenListedAsOfLastMonth_thenStillThere() throws Exception {
        // 30 days ago: the 20 of today, less the 3 found 20 days ago, plus the one who moved away and the one who died
        assertThat(list("&size=200&asOf=" + TODAY.minusDays(30)).get("total").asInt()).isEqualTo(19);
        assertThat(http.getJson("/api/subjects/counts?communeCode=" + HA_TAY + "&asOf=" + TODAY.minusDays(30)).get("total").asInt())
                .isEqualTo(19);
        assertThat(list("&size=200&asOf=" + TODAY.minusDays(11)).get("total").asInt()).isEqualTo(22);
        assertThat(list("&size=200&asOf=" + TODAY.minusDays(10)).get("total").asInt()).isEqualTo(20);
    }

    @ParameterizedTest(name = "filter {0}")
    @ValueSource(strings = {"", "&flag=PSYCHOSIS_SIGNS", "&category=ADDICT", "&category=SUSPECTED", "&treatment=SUBSTITUTION", "&overdue=TEST",
            "&overdue=RESIDENCE_CHECK", "&managementEndingWithinDays=366", "&villageCode=31200-03"})
    void givenSameFilter_whenListedFromDocumentsAndRefoldedAsOfToday_thenTheSamePeople(String filter) throws Exception {
        JsonNode fromDocuments = list(filter + "&size=200");
        JsonNode refolded = list(filter + "&size=200&asOf=" + TODAY);

        assertThat(refolded.get("items").findValuesAsText("subjectId"))
                .containsExactlyElementsOf(fromDocuments.get("items").findValuesAsText("subjectId"));
    }

    @ParameterizedTest(name = "area {0}")
    @ValueSource(strings = {"communeCode=31200", "villageCode=31200-03", "villageCode=31200-09"})
    void givenSameArea_whenCountedFromDocumentsAndRefoldedAsOfToday_thenTheSameFigures(String area) throws Exception {
        JsonNode fromDocuments = http.getJson("/api/subjects/counts?" + area);
        JsonNode refolded = http.getJson("/api/subjects/counts?" + area + "&asOf=" + TODAY);

        assertThat(fromDocuments).isEqualTo(refolded);
    }

    private String register(int n, String category, LocalDate foundOn) throws Exception {
        return http.register("Đối tượng " + String.format("%02d", n), "1990-01-01", HA_TAY,
                village(1 + n % 14), category, foundOn.toString());
    }

    private JsonNode list(String query) throws Exception {
        return http.getJson("/api/subjects?communeCode=" + HA_TAY + query);
    }

    private static String negativeTest(LocalDate on) {
        return "{\"testedOn\":\"%s\",\"method\":\"URINE_RAPID\",\"result\":\"NEGATIVE\"}".formatted(on);
    }

    private static String village(int i) {
        return HA_TAY + "-" + String.format("%02d", i);
    }
}
