package vn.pcmt.cases.integration.inbound;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pcmt.cases.query.subjectdirectory.SubjectDirectoryReplica;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.platform.kafka.ProcessedEvents;
import vn.pcmt.registry.api.v1.RegistryTopics;

/** Case-service's side of the registry contract: the producer's published examples keep the subject directory. */
class SubjectDirectoryConsumerTest {

    private static final String SUBJECT = "2d66a44c-0515-41bf-92b4-92924e78228c";

    private final ProcessedEvents processed = mock(ProcessedEvents.class);
    private final SubjectDirectoryReplica subjects = mock(SubjectDirectoryReplica.class);
    private final SubjectDirectoryConsumer consumer =
            new SubjectDirectoryConsumer(new InboundEvents(new ObjectMapper().findAndRegisterModules(), processed), subjects);

    @BeforeEach
    void notYetApplied() {
        when(processed.appliedAmong(any(), any())).thenReturn(Set.of());
    }

    @Test
    void givenRegisteredExample_whenConsumed_thenLivesInItsVillage() throws Exception {
        consumer.on(poll(example("registry.SubjectRegistered")));
        verify(subjects).registered(SUBJECT, "17167", "17167-02");
    }

    @Test
    void givenMovedExample_whenConsumed_thenLivesInTheNewCommune() throws Exception {
        consumer.on(poll(example("registry.SubjectMoved")));
        verify(subjects).moved(SUBJECT, "17170", "17170-05");
    }

    @Test
    void givenRemovedOrMergedExample_whenConsumed_thenTheRemovedOrMergedSubjectLeftTheList() throws Exception {
        consumer.on(poll(example("registry.SubjectRemoved")));
        consumer.on(poll(example("registry.SubjectMerged")));
        verify(subjects, times(2)).leftTheList(SUBJECT); // the merged duplicate, never its survivor
        verify(subjects, never()).leftTheList("7c4e2b19-5a6d-4f3e-9b8a-2d1c0e9f8a7b");
    }

    @Test
    void givenNoStableResidenceRaisedThenCleared_whenConsumed_thenFlaggedThenNot() throws Exception {
        consumer.on(poll(example("registry.FlagRaised").replace("PSYCHOSIS_SIGNS", "NO_STABLE_RESIDENCE")));
        consumer.on(poll(example("registry.FlagCleared").replace("PSYCHOSIS_SIGNS", "NO_STABLE_RESIDENCE")));
        verify(subjects).noStableResidence(SUBJECT, true);
        verify(subjects).noStableResidence(SUBJECT, false);
    }

    @Test
    void givenOtherFlagExamples_whenConsumed_thenNothingChanges() throws Exception {
        consumer.on(poll(example("registry.FlagRaised")));
        consumer.on(poll(example("registry.FlagCleared")));
        verifyNoInteractions(subjects);
    }

    @Test
    void givenRetractionExample_whenConsumed_thenTheRestatedResidenceAndListing() throws Exception {
        consumer.on(poll(example("registry.EntryRetracted")));
        verify(subjects).restated(SUBJECT, "17170", "17170-05", true);
    }

    @Test
    void givenDrugTestExample_whenConsumed_thenNothingChanges() throws Exception {
        consumer.on(poll(example("registry.DrugTestRecorded")));
        verifyNoInteractions(subjects);
    }

    private static List<ConsumerRecord<String, String>> poll(String json) {
        return List.of(new ConsumerRecord<>(RegistryTopics.EVENTS, 0, 0, null, json));
    }

    private String example(String type) throws Exception {
        return new String(getClass().getResourceAsStream("/contracts/v1/" + type + ".json").readAllBytes(), StandardCharsets.UTF_8);
    }
}
