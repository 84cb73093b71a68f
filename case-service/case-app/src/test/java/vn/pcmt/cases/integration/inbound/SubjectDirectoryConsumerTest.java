package vn.pcmt.cases.integration.inbound;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pcmt.cases.query.subjectdirectory.SubjectDirectoryReplica;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.platform.kafka.ProcessedEvents;

/** Case-service's side of the registry contract: the producer's published examples keep the subject directory. */
class SubjectDirectoryConsumerTest {

    private static final String SUBJECT = "2d66a44c-0515-41bf-92b4-92924e78228c";

    private final ProcessedEvents processed = mock(ProcessedEvents.class);
    private final SubjectDirectoryReplica subjects = mock(SubjectDirectoryReplica.class);
    private final SubjectDirectoryConsumer consumer =
            new SubjectDirectoryConsumer(new InboundEvents(new ObjectMapper().findAndRegisterModules(), processed), subjects);

    @BeforeEach
    void notYetApplied() {
        when(processed.applied(any(), any())).thenReturn(false);
    }

    @Test
    void givenRegisteredExample_whenConsumed_thenLivesInItsVillage() throws Exception {
        consumer.on(example("registry.SubjectRegistered"));
        verify(subjects).lives(SUBJECT, "17167", "17167-02", true);
    }

    @Test
    void givenMovedExample_whenConsumed_thenLivesInTheNewCommune() throws Exception {
        consumer.on(example("registry.SubjectMoved"));
        verify(subjects).moved(SUBJECT, "17170", "17170-05");
    }

    @Test
    void givenRemovedOrMergedExample_whenConsumed_thenLeftTheList() throws Exception {
        consumer.on(example("registry.SubjectRemoved"));
        consumer.on(example("registry.SubjectMerged"));
        verify(subjects, times(2)).leftTheList(any());
    }

    @Test
    void givenRetractionExample_whenConsumed_thenTheRestatedResidenceAndListing() throws Exception {
        consumer.on(example("registry.EntryRetracted"));
        verify(subjects).lives(SUBJECT, "17170", "17170-05", true);
    }

    @Test
    void givenDrugTestExample_whenConsumed_thenNothingChanges() throws Exception {
        consumer.on(example("registry.DrugTestRecorded"));
        verifyNoInteractions(subjects);
    }

    private String example(String type) throws Exception {
        return new String(getClass().getResourceAsStream("/contracts/v1/" + type + ".json").readAllBytes(), StandardCharsets.UTF_8);
    }
}
