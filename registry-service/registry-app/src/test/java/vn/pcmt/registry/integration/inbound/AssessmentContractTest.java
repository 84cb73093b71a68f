package vn.pcmt.registry.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    void givenPublishedMove_whenConsumed_thenTheVillageIsUnderItsNewCommune() throws Exception {
        AreaDirectoryRepository repository = mock(AreaDirectoryRepository.class);
        ProcessedEvents processed = mock(ProcessedEvents.class);
        when(repository.findById("17161-01")).thenReturn(Optional.of(new AreaDirectoryDocument("17161-01", "Xóm 1", "VILLAGE", "17161")));
        AreaDirectoryConsumer consumer = new AreaDirectoryConsumer(new InboundEvents(mapper, processed), new AreaDirectoryReplica(repository));

        consumer.on(new String(getClass().getResourceAsStream("/contracts/v1/" + AreaChanged.TYPE + ".json").readAllBytes()));

        verify(repository).save(new AreaDirectoryDocument("17161-01", "Xóm 1", "VILLAGE", "17160", false));
        verify(processed).markApplied(eq(AreaDirectoryConsumer.CONSUMER), any());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"RENAMED, Xóm Mới, 17161, false", "CLOSED, Xóm 1, 17161, true", "SPLIT, Xóm 1, 17161, true", "MERGED, Xóm 1, 17161, false"})
    void givenAChange_whenApplied_thenTheReplicaFollows(String change, String name, String parent, boolean closed) {
        AreaDirectoryRepository repository = mock(AreaDirectoryRepository.class);
        when(repository.findById("17161-01")).thenReturn(Optional.of(new AreaDirectoryDocument("17161-01", "Xóm 1", "VILLAGE", "17161")));

        new AreaDirectoryReplica(repository).apply(new AreaChanged("17161-01", change, "Xóm Mới", null, List.of(), List.of("17170-01"),
                LocalDate.of(2025, 7, 1)));

        verify(repository).save(new AreaDirectoryDocument("17161-01", name, "VILLAGE", parent, closed));
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
