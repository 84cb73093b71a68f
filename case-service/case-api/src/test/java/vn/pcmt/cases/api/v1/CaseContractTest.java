package vn.pcmt.cases.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The producer's side of the contract: each published record serialises to exactly its example's payload. */
class CaseContractTest {

    static final String DOSSIER = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
    static final String SUBJECT = "2d66a44c-0515-41bf-92b4-92924e78228c";
    static final String HOTSPOT = "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d";
    static final String WANTED = "3c2b1a09-8f7e-4d6c-b5a4-938271605f4e";

    /** As the services' mapper writes: ISO dates, absent values left out. */
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    static Stream<Object> published() {
        return Stream.of(
                new CompulsoryRehabStarted(DOSSIER, SUBJECT, LocalDate.of(2026, 7, 20), "Cơ sở cai nghiện ma túy số 1 tỉnh Nghệ An", 24),
                new CompulsoryRehabEnded(DOSSIER, SUBJECT, LocalDate.of(2028, 7, 19), "COMPLETED"),
                new HotspotIdentified(HOTSPOT, "USE_DEN", "17167", "17167-02", LocalDate.of(2026, 2, 10), true, true),
                new HotspotStageChanged(HOTSPOT, "IDENTIFIED", "ELIMINATED", LocalDate.of(2026, 3, 15), false),
                new WantedPersonRegistered(WANTED, SUBJECT, "251", LocalDate.of(2026, 1, 12), "17167", "17167-02"),
                new HidingPlaceRecorded(WANTED, "17167", "17170", null, LocalDate.of(2026, 3, 3)),
                new WantedPersonCaptured(WANTED, "17170", LocalDate.of(2026, 4, 18), "17170", false),
                new CultivationIncidentRecorded("9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4", "OPIUM_POPPY", "17167", "17167-02", 1250,
                        new java.math.BigDecimal("312.5"), LocalDate.of(2026, 2, 20)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void givenRecord_whenSerialised_thenEqualsItsExamplePayload(Object event) throws Exception {
        String type = (String) event.getClass().getField("TYPE").get(null);
        JsonNode example = mapper.readTree(getClass().getResource("/contracts/v1/" + type + ".json"));

        assertThat(type).isEqualTo("cases." + event.getClass().getSimpleName());
        assertThat(example.get("eventType").asText()).isEqualTo(type);
        assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(example.get("payload")); // as on the wire
    }
}
