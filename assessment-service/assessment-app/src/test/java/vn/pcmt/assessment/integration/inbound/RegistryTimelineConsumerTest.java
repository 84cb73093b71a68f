package vn.pcmt.assessment.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.pcmt.assessment.domain.criteria.PersonFact;
import vn.pcmt.assessment.domain.criteria.PersonFact.Category;
import vn.pcmt.assessment.domain.criteria.PersonFact.Treatment;
import vn.pcmt.assessment.domain.facts.EventPosition;
import vn.pcmt.assessment.domain.facts.PersonHistory;
import vn.pcmt.assessment.domain.facts.TimelineEntry;
import vn.pcmt.assessment.query.personhistory.PersonHistories;
import vn.pcmt.assessment.query.personhistory.PersonHistories.Append;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.platform.kafka.ProcessedEvents;
import vn.pcmt.registry.api.v1.RegistryTopics;

/**
 * Assessment's side of the registry contract: the producer's examples (one subject's story, in version order) become
 * the subject's history, and the history answers how the person stood on a date.
 */
class RegistryTimelineConsumerTest {

    private static final String SUBJECT = "2d66a44c-0515-41bf-92b4-92924e78228c";
    private static final List<String> EXAMPLES = List.of("SubjectRegistered", "DrugTestRecorded", "CategoryChanged",
            "AddictionDetermined", "ManagementPeriodStarted", "ResidenceChecked", "TreatmentStarted", "TreatmentEnded", "FlagRaised",
            "RelapseRecorded", "FlagCleared", "SupportRecorded", "SubjectMoved", "SubjectRemoved", "SubjectDetailsCorrected",
            "SubjectMerged", "EntryRetracted");

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final ProcessedEvents processed = mock(ProcessedEvents.class);
    private final PersonHistories histories = mock(PersonHistories.class);
    private final RegistryTimelineConsumer consumer = new RegistryTimelineConsumer(new InboundEvents(mapper, processed), histories);
    private PersonHistory history;
    private final Map<String, Long> offsetOfEvent = new HashMap<>();

    @BeforeEach
    void consumeEveryExample() throws Exception {
        when(processed.appliedAmong(any(), any())).thenReturn(Set.of());
        List<String> values = EXAMPLES.stream().map(this::example)
                .sorted(Comparator.comparingLong(this::version)).toList();
        List<ConsumerRecord<String, String>> poll = new ArrayList<>();
        for (int offset = 0; offset < values.size(); offset++) {
            offsetOfEvent.put(mapper.readTree(values.get(offset)).get("eventId").asText(), 100L + offset);
            poll.add(new ConsumerRecord<>(RegistryTopics.EVENTS, 2, 100 + offset, SUBJECT, values.get(offset)));
        }
        consumer.on(poll);
        ArgumentCaptor<List<Append>> written = ArgumentCaptor.captor();
        verify(histories).appendAll(written.capture()); // the poll in one write
        assertThat(written.getValue()).extracting(Append::subjectId).containsOnly(SUBJECT);
        history = new PersonHistory(SUBJECT, written.getValue().stream().map(Append::entry).toList());
    }

    @Test
    void givenTheExamples_whenConsumed_thenOnlyWhatTheCriteriaReadIsKept() {
        assertThat(history.entries()).hasSize(13).extracting(TimelineEntry::eventId).doesNotHaveDuplicates();
    }

    @Test
    void givenTheExamples_whenConsumed_thenEachEntryKeepsThePositionItWasReadAt() {
        assertThat(history.entries()).allSatisfy(entry -> assertThat(entry.position())
                .isEqualTo(new EventPosition(RegistryTopics.EVENTS, 2, offsetOfEvent.get(entry.eventId()))));
    }

    @Test
    void givenTheExamples_whenAskedBeforeTheMove_thenAnAddictOnSubstitutionWhoseRetractedTestIsVoid() {
        PersonFact june = history.asOf(LocalDate.of(2026, 6, 1), "17167-02").orElseThrow();

        assertThat(june.category()).isEqualTo(Category.ADDICT); // the change to illegal user was retracted
        assertThat(june.treatment()).isEqualTo(Treatment.SUBSTITUTION);
        assertThat(june.latestTestOn()).isNull(); // the retracted positive test
    }

    @Test
    void givenTheExamples_whenAskedInSeptember_thenWatchedWithPsychosisSigns() {
        PersonFact september = history.asOf(LocalDate.of(2026, 9, 15), "17167").orElseThrow();

        assertThat(september.watched()).isTrue();
        assertThat(september.psychosisSigns()).isTrue();
    }

    @Test
    void givenTheExamples_whenAskedAfterTheMoveAndTheRemoval_thenWhereTheyLivedThenOrNowhere() {
        assertThat(history.asOf(LocalDate.of(2026, 11, 5), "17167")).isEmpty();
        Optional<PersonFact> november = history.asOf(LocalDate.of(2026, 11, 5), "17170");
        assertThat(november).get().extracting(PersonFact::supportedToWork, PersonFact::psychosisSigns).containsExactly(true, false);
        assertThat(history.asOf(LocalDate.of(2026, 11, 20), "17170")).isEmpty();
    }

    private String example(String type) {
        try {
            return new String(getClass().getResourceAsStream("/contracts/v1/registry." + type + ".json").readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long version(String record) {
        try {
            JsonNode node = mapper.readTree(record);
            return node.get("aggregateVersion").asLong();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
