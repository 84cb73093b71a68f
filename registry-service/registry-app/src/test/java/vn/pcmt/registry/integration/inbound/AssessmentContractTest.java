package vn.pcmt.registry.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.pcmt.assessment.api.v1.AreaChanged;
import vn.pcmt.assessment.api.v1.AreaLevel;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.platform.kafka.ProcessedEvents;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryReplica;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryRepository;

/** The registry's side of the assessment contract: it reads the producer's published example. */
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

    @Test
    void givenPublishedMerger_whenConsumed_thenItsVillagesAreUnderTheSuccessor() throws Exception {
        AreaDirectoryRepository repository = mock(AreaDirectoryRepository.class);
        ProcessedEvents processed = mock(ProcessedEvents.class);
        when(repository.findById(any())).thenAnswer(call -> Optional.of(new AreaDirectoryDocument(call.getArgument(0), "x",
                call.<String>getArgument(0).contains("-") ? "VILLAGE" : "COMMUNE", "17161")));
        AreaDirectoryConsumer consumer = new AreaDirectoryConsumer(new InboundEvents(mapper, processed), new AreaDirectoryReplica(repository));

        consumer.on(new String(getClass().getResourceAsStream("/contracts/v1/" + AreaChanged.TYPE + ".json").readAllBytes()));

        ArgumentCaptor<AreaDirectoryDocument> saved = ArgumentCaptor.forClass(AreaDirectoryDocument.class);
        verify(repository, times(3)).save(saved.capture()); // the successor, and its two new villages
        assertThat(saved.getAllValues()).filteredOn(area -> area.code().contains("-")).extracting(AreaDirectoryDocument::parentCode)
                .containsOnly("17160");
        verify(processed).markApplied(eq(AreaDirectoryConsumer.CONSUMER), any());
    }

    @Test
    void givenAClosedVillage_whenItsCommuneIsAsked_thenNoneSoNewRecordsAreRefused() {
        AreaDirectoryRepository repository = mock(AreaDirectoryRepository.class);
        when(repository.findById("17161-01")).thenReturn(Optional.of(new AreaDirectoryDocument("17161-01", "x", "VILLAGE", "17161", true)));
        when(repository.findById("17161-02")).thenReturn(Optional.of(new AreaDirectoryDocument("17161-02", "x", "VILLAGE", "17161", null)));

        AreaDirectoryReplica replica = new AreaDirectoryReplica(repository);

        assertThat(replica.communeOfVillage("17161-01")).isEmpty();
        assertThat(replica.communeOfVillage("17161-02")).contains("17161");
    }
}
