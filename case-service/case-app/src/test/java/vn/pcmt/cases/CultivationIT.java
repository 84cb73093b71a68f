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
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.embedded.test.InfrastructureExtension;

/** Cultivation destroyed in a commune, totalled over a period whose first and last days both count. */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CultivationIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    AreaDirectoryRepository areas;

    @Test
    void givenIncidentsOnThePeriodsEdges_whenTotalled_thenBothEdgesCountAndOutsideDoesNot() throws Exception {
        Villages.publish(kafka, mapper, areas, "18100-01", "18100");

        for (String day : new String[] {"2026-01-31", "2026-02-01", "2026-02-28", "2026-03-01"}) {
            var created = http.postForEntity("/api/cultivation-incidents", Map.of("plantKind", "OPIUM_POPPY", "communeCode", "18100",
                    "villageCode", "18100-01", "plants", 100, "areaM2", 25.5, "destroyedOn", day), String.class);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        var refused = http.postForEntity("/api/cultivation-incidents", Map.of("plantKind", "CANNABIS", "communeCode", "18100",
                "villageCode", "18100-01", "plants", 0, "areaM2", 0, "destroyedOn", "2026-02-10"), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        JsonNode february = mapper.readTree(http.getForEntity(
                "/api/cultivation-incidents?communeCode=18100&from=2026-02-01&to=2026-02-28", String.class).getBody());
        assertThat(february.get("items")).hasSize(2);
        assertThat(february.get("plants").asLong()).isEqualTo(200);
        assertThat(february.get("areaM2").decimalValue()).isEqualByComparingTo("51.0");
    }
}
