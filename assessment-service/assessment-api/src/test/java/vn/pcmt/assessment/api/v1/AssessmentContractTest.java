package vn.pcmt.assessment.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

class AssessmentContractTest {

    static final String EXAMPLE = "/contracts/v1/" + RecognitionDecided.TYPE + ".json";
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void givenRecord_whenSerialised_thenEqualsPublishedExamplePayload() throws Exception {
        JsonNode example = mapper.readTree(getClass().getResource(EXAMPLE));
        RecognitionDecided event = new RecognitionDecided("e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7", "17167-02", 2026, "LOCAL_10", true,
                "1234/QĐ-UBND", LocalDate.of(2026, 12, 19));

        assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(example.get("payload"));
        assertThat(example.get("eventType").asText()).isEqualTo(RecognitionDecided.TYPE);
        assertThat(example.get("eventVersion").asInt()).isEqualTo(RecognitionDecided.VERSION);
    }

    @Test
    void givenClassificationApproved_whenSerialised_thenEqualsPublishedExamplePayload() throws Exception {
        JsonNode example = mapper.readTree(getClass().getResource("/contracts/v1/" + ClassificationApproved.TYPE + ".json"));
        ClassificationApproved event = new ClassificationApproved("17167", 2025, "TYPE_II", LocalDate.of(2025, 12, 18), false);

        assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(example.get("payload"));
        assertThat(example.get("eventType").asText()).isEqualTo(ClassificationApproved.TYPE);
    }

    @Test
    void givenTransformationStageChanged_whenSerialised_thenEqualsPublishedExamplePayload() throws Exception {
        JsonNode example = mapper.readTree(getClass().getResource("/contracts/v1/" + TransformationStageChanged.TYPE + ".json"));
        TransformationStageChanged event = new TransformationStageChanged("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "14650", "SELECTED",
                LocalDate.of(2026, 2, 10), "TYPE_II");

        assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(example.get("payload"));
        assertThat(example.get("eventType").asText()).isEqualTo(TransformationStageChanged.TYPE);
        assertThat(example.get("aggregateId").asText()).isEqualTo(event.transformationId());
    }

    @Test
    void givenAreaChanged_whenSerialised_thenEqualsPublishedExamplePayload() throws Exception {
        JsonNode example = mapper.readTree(getClass().getResource("/contracts/v1/" + AreaChanged.TYPE + ".json"));
        AreaChanged event = new AreaChanged("17161-01", "MOVED", null, "17160", List.of(), List.of(), LocalDate.of(2025, 7, 1));

        assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(example.get("payload"));
        assertThat(example.get("eventType").asText()).isEqualTo(AreaChanged.TYPE);
        assertThat(example.get("aggregateId").asText()).isEqualTo(event.code());
    }

    @Test
    void givenAreaFactsRecorded_whenSerialised_thenEqualsPublishedExamplePayload() throws Exception {
        JsonNode example = mapper.readTree(getClass().getResource("/contracts/v1/" + AreaFactsRecorded.TYPE + ".json"));
        AreaFactsRecorded event = new AreaFactsRecorded("17167-02", 2026, 1240, 312, 298, false, 2, 1);

        assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(example.get("payload"));
        assertThat(example.get("eventType").asText()).isEqualTo(AreaFactsRecorded.TYPE);
        assertThat(example.get("aggregateId").asText()).isEqualTo(event.code());
    }

    @Test
    void givenTargetSet_whenSerialised_thenEqualsPublishedExamplePayload() throws Exception {
        JsonNode example = mapper.readTree(getClass().getResource("/contracts/v1/" + TargetSet.TYPE + ".json"));
        TargetSet event = new TargetSet("16900", 2026, 40);

        assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(example.get("payload"));
        assertThat(example.get("eventType").asText()).isEqualTo(TargetSet.TYPE);
        assertThat(example.get("aggregateId").asText()).isEqualTo(event.code());
    }
}
