package vn.pcmt.cases.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
    static final String GANG = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d";
    static final String CASE = "5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
    static final String PERSON = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String NAMED_PERSON = "1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e";

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
                        new BigDecimal("312.5"), LocalDate.of(2026, 2, 20)),
                new CaseOpened(CASE, "CRIMINAL", "249", "17167", "17167-02", LocalDate.of(2026, 3, 2), List.of(
                        new CaseOffender(PERSON, SUBJECT, "17170", "17170-01"),
                        new CaseOffender(NAMED_PERSON, null, "17167", "17167-02"))),
                new CasePersonAdded(CASE, new CaseOffender("2c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f", null, "40101", null),
                        LocalDate.of(2026, 3, 4)),
                new CasePersonLinked(CASE, NAMED_PERSON, "7e6d5c4b-3a29-4817-b6a5-948372615049", "17167", "17167-02"),
                new CaseStageReached(CASE, "17167", "INDICTED", "TRIED", LocalDate.of(2026, 7, 1), true, null),
                new ArrestMade(CASE, "3d4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f70", PERSON, SUBJECT, "249", "17167", "17170", "17170-01",
                        "CAUGHT_IN_ACT", LocalDate.of(2026, 3, 2)),
                new SeizureRecorded(CASE, "4e5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7081", "17167", "METHAMPHETAMINE",
                        new BigDecimal("12.5"), "GRAM", LocalDate.of(2026, 3, 2)),
                new GangIdentified(GANG, "NETWORK", "TRAFFICKING", "17167", "17167-02", LocalDate.of(2026, 1, 20), 3, List.of(SUBJECT)),
                new GangMemberAdded(GANG, "17167", "7e6d5c4b-3a29-4817-b6a5-948372615049", LocalDate.of(2026, 2, 15)),
                new GangDismantled(GANG, "17167", LocalDate.of(2026, 6, 30)),
                new SeriousIncidentRecorded("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "17167", "17167-02", LocalDate.of(2026, 8, 14),
                        "PSYCHOSIS_SIGNS", SUBJECT, "17170", "VERY_SERIOUS", true, 0, 2));
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
