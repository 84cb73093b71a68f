package vn.pcmt.cases.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.pcmt.assessment.api.v1.AreaLevel;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.kafka.InboundEvents;

/** Case-service's side of the assessment contract: it reads the producer's published example. */
class AssessmentContractTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final InboundEvents inbound = new InboundEvents(mapper, null);

    @Test
    void givenPublishedExample_whenRead_thenVillageAndCommuneKnown() throws Exception {
        String json = new String(getClass().getResourceAsStream("/contracts/v1/" + AreaRegistered.TYPE + ".json").readAllBytes());

        IntegrationEvent event = inbound.read(json);
        AreaRegistered area = inbound.payload(event, AreaRegistered.class);

        assertThat(event.eventType()).isEqualTo(AreaRegistered.TYPE);
        assertThat(area.level()).isEqualTo(AreaLevel.VILLAGE);
        assertThat(area.parentCode()).isEqualTo("17167");
    }
}
