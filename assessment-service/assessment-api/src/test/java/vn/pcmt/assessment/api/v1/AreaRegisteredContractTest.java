package vn.pcmt.assessment.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The producer's side of the contract: the record serialises to exactly the published example's payload. */
class AreaRegisteredContractTest {

    static final String EXAMPLE = "/contracts/v1/" + AreaRegistered.TYPE + ".json";
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    @Test
    void givenRecord_whenSerialised_thenEqualsPublishedExamplePayload() throws Exception {
        JsonNode example = mapper.readTree(getClass().getResource(EXAMPLE));
        AreaRegistered event = new AreaRegistered("17167-02", "Khối 2", AreaLevel.VILLAGE, "17167");

        JsonNode serialised = mapper.valueToTree(event);
        assertThat(serialised).isEqualTo(example.get("payload"));
        assertThat(example.get("eventType").asText()).isEqualTo(AreaRegistered.TYPE);
        assertThat(example.get("eventVersion").asInt()).isEqualTo(AreaRegistered.VERSION);
    }
}
