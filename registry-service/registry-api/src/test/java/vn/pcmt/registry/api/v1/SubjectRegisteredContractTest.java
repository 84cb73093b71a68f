package vn.pcmt.registry.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

/** The producer's side of the contract: the record serialises to exactly the published example's payload. */
class SubjectRegisteredContractTest {

    static final String EXAMPLE = "/contracts/v1/" + SubjectRegistered.TYPE + ".json";
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void givenRecord_whenSerialised_thenEqualsPublishedExamplePayload() throws Exception {
        JsonNode example = mapper.readTree(getClass().getResource(EXAMPLE));
        SubjectRegistered event = new SubjectRegistered("2d66a44c-0515-41bf-92b4-92924e78228c", Category.ADDICT,
                Sex.MALE, 1993, new Residence("17167", "17167-02"), "DOOR_TO_DOOR_REVIEW", LocalDate.of(2026, 3, 1));

        JsonNode serialised = mapper.valueToTree(event);
        assertThat(serialised).isEqualTo(example.get("payload"));
        assertThat(example.get("eventType").asText()).isEqualTo(SubjectRegistered.TYPE);
    }

    @Test
    void givenExample_whenRead_thenNoNameOrCitizenNumberTravel() throws Exception {
        JsonNode payload = mapper.readTree(getClass().getResource(EXAMPLE)).get("payload");

        assertThat(payload.has("fullName")).isFalse();
        assertThat(payload.has("nationalId")).isFalse();
    }
}
