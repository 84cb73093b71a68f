package vn.pcmt.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
import org.springframework.test.annotation.DirtiesContext;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.embedded.test.InfrastructureExtension;

/** The whole service on the embedded store and broker: HTTP in, events stored, integration events on Kafka. */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // its outbound processor must not compete with AssessmentOutboundIT's spied one
class AssessmentServiceIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ObjectMapper mapper;

    @Test
    void givenAProvincesDirectoryAsCsv_whenImportedTwice_thenRegisteredOnceWithTheYearsFiguresAndBadLinesReported() throws Exception {
        String csv = """
                code,name,level,parentCode,year,population,households
                52,Quảng Trị,PROVINCE,,,,
                19000,Xã Gio Linh,COMMUNE,52,2026,12000,3100
                19000-01,Thôn An Nha,VILLAGE,19000,2026,900,240
                19000-02,Thôn Hà Thượng,VILLAGE,19099,,,
                19000-03,Thôn Mai Xá,VILLAGE,19000,2026,300,400
                """;
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        long before = mongo.getCollection("domainevents").countDocuments();

        JsonNode first = mapper.readTree(http.postForObject("/api/areas/import", new HttpEntity<>(csv, headers), String.class));
        assertThat(first.get("created").asInt()).isEqualTo(3);
        assertThat(first.at("/results/3/problem").asText()).isEqualTo("AREA_UNKNOWN");
        assertThat(first.at("/results/4/problem").asText()).isEqualTo("FACTS_OUT_OF_RANGE");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before + 5); // 3 areas, 2 years' figures
        assertThat(mapper.readTree(http.getForObject("/api/areas?parentCode=19000", String.class))).extracting(a -> a.get("code").asText())
                .containsExactly("19000-01");
        assertThat(mapper.readTree(http.getForObject("/api/areas/19000/facts/2026", String.class)).get("households").asInt())
                .isEqualTo(3100);

        JsonNode again = mapper.readTree(http.postForObject("/api/areas/import", new HttpEntity<>(csv, headers), String.class));
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        assertThat(again.get("refused").asInt()).isEqualTo(2);
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before + 5);
    }

    @Test
    void givenProvinceAndCommune_whenVillageRegistered_thenListedUnderCommuneAndPublished() throws Exception {
        assertThat(post(Map.of("code", "91", "name", "Thanh Hóa", "level", "PROVINCE")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(Map.of("code", "16000", "name", "Bình Lương", "level", "COMMUNE", "parentCode", "91")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post(Map.of("code", "16000-01", "name", "Thôn Bình Minh", "level", "VILLAGE", "parentCode", "16000"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        JsonNode children = mapper.readTree(http.getForObject("/api/areas?parentCode=16000", String.class));
        assertThat(children).hasSize(1);
        assertThat(children.get(0).get("name").asText()).isEqualTo("Thôn Bình Minh");

        List<JsonNode> published = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("spring.kafka.bootstrap-servers"),
                ConsumerConfig.GROUP_ID_CONFIG, "assessment-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(AssessmentTopics.EVENTS));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key().equals("16000-01")) {
                        published.add(mapper.readTree(record.value()));
                    }
                }
                return !published.isEmpty();
            });
        }
        JsonNode event = published.getFirst();
        assertThat(event.get("eventType").asText()).isEqualTo("assessment.AreaRegistered");
        assertThat(event.get("aggregateId").asText()).isEqualTo("16000-01");
        assertThat(event.get("aggregateVersion").asLong()).isZero();
        assertThat(event.get("occurredAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(event.get("actor").get("role").asText()).isEqualTo("PROVINCE_OFFICER"); // the caller's token
        assertThat(event.get("actor").get("userId").asText()).isEqualTo("test-officer");
        assertThat(event.get("areaCode").asText()).isEqualTo("16000-01");
        assertThat(event.get("payload").get("parentCode").asText()).isEqualTo("16000");
        assertThat(event.get("payload").get("level").asText()).isEqualTo("VILLAGE");
    }

    @Test
    void givenUnknownParent_whenRegisterVillage_thenUnprocessableAndNothingStored() throws Exception {
        ResponseEntity<String> response = post(Map.of("code", "99999-01", "name", "Xóm Ma", "level", "VILLAGE", "parentCode", "99999"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(mapper.readTree(response.getBody()).get("code").asText()).isEqualTo("AREA_UNKNOWN");
        assertThat(mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", "99999-01"))).isZero();
        assertThat(http.getForEntity("/api/areas/99999-01", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void givenExistingCode_whenRegisterAgain_thenConflictAndOneEventOnly() {
        post(Map.of("code", "38", "name", "Hải Phòng", "level", "PROVINCE"));

        ResponseEntity<String> again = post(Map.of("code", "38", "name", "Hải Phòng 2", "level", "PROVINCE"));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", "38"))).isEqualTo(1);
    }

    @Test
    void givenVillage_whenFactsRecordedThenOutOfRange_thenTheFirstKeptAndTheSecondRefusedWithNothingStored() throws Exception {
        post(Map.of("code", "92", "name", "Nghệ An", "level", "PROVINCE"));
        post(Map.of("code", "17200", "name", "Diễn Châu", "level", "COMMUNE", "parentCode", "92"));
        post(Map.of("code", "17200-01", "name", "Xóm Yên Thịnh", "level", "VILLAGE", "parentCode", "17200"));
        Map<String, Object> facts = Map.of("population", 1200, "households", 300, "householdsCommitted", 300, "onRoute", true,
                "preventionModels", List.of(Map.of("name", "Câu lạc bộ gia đình không ma túy", "since", "2025-03-01", "effective", true)),
                "evidence", "Báo cáo số 45/BC-UBND");

        ResponseEntity<String> recorded = http.exchange("/api/areas/17200-01/facts/2026", HttpMethod.PUT, new HttpEntity<>(facts),
                String.class);
        long before = mongo.getCollection("domainevents").countDocuments();
        Map<String, Object> tooMany = new HashMap<>(facts);
        tooMany.put("householdsCommitted", 301);
        ResponseEntity<String> refused = http.exchange("/api/areas/17200-01/facts/2026", HttpMethod.PUT, new HttpEntity<>(tooMany),
                String.class);

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(mapper.readTree(refused.getBody()).get("code").asText()).isEqualTo("FACTS_OUT_OF_RANGE");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before);
        JsonNode kept = mapper.readTree(http.getForObject("/api/areas/17200-01/facts/2026", String.class));
        assertThat(kept.get("householdsCommitted").asLong()).isEqualTo(300);
        assertThat(kept.get("preventionModels").get(0).get("effective").asBoolean()).isTrue();
        assertThat(kept.get("recordedBy").asText()).isNotBlank();
    }

    private ResponseEntity<String> post(Map<String, String> body) {
        return http.postForEntity("/api/areas", body, String.class);
    }
}
