package vn.pcmt.registry.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.pcmt.cases.api.v1.CompulsoryRehabEnded;
import vn.pcmt.cases.api.v1.CompulsoryRehabStarted;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.registry.domain.TreatmentOutcome;

/** The registry's side of case-service's contract: it reads the producer's published examples. */
class CaseContractTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final InboundEvents inbound = new InboundEvents(mapper, null);

    @Test
    void givenCompulsoryRehabStartedExample_whenRead_thenSubjectStartAndFacility() throws Exception {
        CompulsoryRehabStarted started = inbound.payload(inbound.read(example(CompulsoryRehabStarted.TYPE)),
                CompulsoryRehabStarted.class);

        assertThat(started.subjectId()).isEqualTo("2d66a44c-0515-41bf-92b4-92924e78228c");
        assertThat(started.startsOn()).hasToString("2026-07-20");
        assertThat(started.facility()).isNotBlank();
    }

    @Test
    void givenCompulsoryRehabEndedExample_whenRead_thenAnOutcomeTheRegistryKnows() throws Exception {
        CompulsoryRehabEnded ended = inbound.payload(inbound.read(example(CompulsoryRehabEnded.TYPE)), CompulsoryRehabEnded.class);

        assertThat(TreatmentOutcome.valueOf(ended.outcome())).isEqualTo(TreatmentOutcome.COMPLETED);
        assertThat(CompulsoryRehabConsumer.treatmentId(ended.dossierId()))
                .isEqualTo(CompulsoryRehabConsumer.treatmentId("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"));
    }

    private String example(String type) throws Exception {
        return new String(getClass().getResourceAsStream("/contracts/v1/" + type + ".json").readAllBytes());
    }
}
