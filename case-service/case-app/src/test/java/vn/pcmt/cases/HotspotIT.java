package vn.pcmt.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.embedded.test.InfrastructureExtension;

/** Hotspots on the embedded store and broker: villages learnt from Kafka, each stage published with its commune. */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotspotIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AreaDirectoryRepository areas;

    @Test
    void givenKnownVillage_whenHotspotIdentifiedAndEliminated_thenPublishedWithItsCommuneAndNoEvidence() throws Exception {
        Villages.publish(kafka, mapper, areas, "17167-02", "17167");

        ResponseEntity<String> created = http.postForEntity("/api/hotspots", Map.of("kind", "USE_DEN", "communeCode", "17167",
                "villageCode", "17167-02", "identifiedOn", "2026-02-10", "suspected", true, "evidence", "Nhà ông X, nhiều người lạ"),
                String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = mapper.readTree(created.getBody()).get("hotspotId").asText();
        ResponseEntity<String> eliminated = http.postForEntity("/api/hotspots/" + id + "/eliminations",
                Map.of("on", "2026-03-15", "note", "Đã triệt xóa"), String.class);
        assertThat(mapper.readTree(eliminated.getBody()).get("active").asBoolean()).isFalse();
        ResponseEntity<String> again = http.postForEntity("/api/hotspots/" + id + "/actions", Map.of("on", "2026-03-16"), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(mapper.readTree(again.getBody()).get("code").asText()).isEqualTo("TRANSITION_NOT_ALLOWED");

        Map<String, JsonNode> published = Published.oncePerType(mapper, id, 2);
        assertThat(published.get("cases.HotspotIdentified").at("/payload/drugUsePoint").asBoolean()).isTrue();
        assertThat(published.get("cases.HotspotStageChanged").get("areaCode").asText()).isEqualTo("17167");
        assertThat(published.get("cases.HotspotStageChanged").at("/payload/active").asBoolean()).isFalse();
        assertThat(published.values().toString()).doesNotContain("Nhà ông X").doesNotContain("Đã triệt xóa");
    }

    @Test
    void givenUnknownVillage_whenHotspotIdentified_thenUnprocessableAndNothingStored() throws Exception {
        long before = mongo.getCollection("domainevents").countDocuments();

        ResponseEntity<String> refused = http.postForEntity("/api/hotspots", Map.of("kind", "RETAIL_POINT", "communeCode", "17167",
                "villageCode", "17167-99", "identifiedOn", "2026-02-10"), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(mapper.readTree(refused.getBody()).get("code").asText()).isEqualTo("AREA_UNKNOWN");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before);
    }
}
