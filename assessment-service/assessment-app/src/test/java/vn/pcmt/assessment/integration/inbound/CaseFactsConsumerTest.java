package vn.pcmt.assessment.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.pcmt.assessment.domain.criteria.CaseCounts;
import vn.pcmt.assessment.domain.facts.CaseFact;
import vn.pcmt.assessment.domain.facts.CaseFacts;
import vn.pcmt.assessment.domain.facts.EventPosition;
import vn.pcmt.assessment.domain.facts.ProgrammeYear;
import vn.pcmt.assessment.query.casefacts.CaseFactLedger;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.platform.kafka.ProcessedEvents;

/** Assessment's side of the case contract: every published example becomes facts, folded per area as of dates. */
class CaseFactsConsumerTest {

    private static final List<String> EXAMPLES = List.of("HotspotIdentified", "HotspotStageChanged", "CaseOpened", "CasePersonAdded",
            "CasePersonLinked", "ArrestMade", "SeizureRecorded", "CaseStageReached", "WantedPersonRegistered", "HidingPlaceRecorded",
            "WantedPersonCaptured", "CultivationIncidentRecorded", "GangIdentified", "GangMemberAdded", "GangDismantled",
            "SeriousIncidentRecorded", "CompulsoryRehabStarted", "CompulsoryRehabEnded");

    private final ProcessedEvents processed = mock(ProcessedEvents.class);
    private final CaseFactLedger ledger = mock(CaseFactLedger.class);
    private final CaseFactsConsumer consumer =
            new CaseFactsConsumer(new InboundEvents(new ObjectMapper().findAndRegisterModules(), processed), ledger);
    private List<CaseFact> facts;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void consumeEveryExample() {
        when(processed.applied(any(), any())).thenReturn(false);
        for (int offset = 0; offset < EXAMPLES.size(); offset++) {
            consumer.on(new ConsumerRecord<>(CaseTopics.EVENTS, 0, offset, null, example(EXAMPLES.get(offset))));
        }
        ArgumentCaptor<List<CaseFact>> recorded = ArgumentCaptor.forClass(List.class);
        verify(ledger, atLeastOnce()).record(recorded.capture());
        facts = recorded.getAllValues().stream().flatMap(List::stream).toList();
    }

    @Test
    void givenTheExamples_whenConsumed_thenSeizuresMembersAndRehabAreNotFacts() {
        assertThat(facts).hasSize(16); // 18 examples, 4 of them no fact, and the opening's two offenders
        assertThat(facts).extracting(CaseFact::factId).doesNotHaveDuplicates();
        assertThat(facts).extracting(CaseFact::position).doesNotContainNull()
                .contains(new EventPosition(CaseTopics.EVENTS, 0, EXAMPLES.indexOf("ArrestMade")));
    }

    @Test
    void givenTheExamples_whenFoldedOnTheDayOfTheArrest_thenEachCommuneSeesItsOwnResidents() {
        CaseCounts here = fold("17167", "2026-03-02");
        CaseCounts there = fold("17170", "2026-03-02");

        assertThat(here.drugUsePoints()).isEqualTo(1);
        assertThat(here.activeGangs()).isEqualTo(1);
        assertThat(here.residentOffenders()).isEqualTo(1);
        assertThat(here.residentOffendersAtLarge()).isEqualTo(1);
        assertThat(here.wantedHiding()).isEqualTo(1);
        assertThat(here.plantsDestroyed()).isEqualTo(1250);
        assertThat(there.arrestedResidents()).isEqualTo(1);
        assertThat(there.residentOffendersAtLarge()).isZero();
    }

    @Test
    void givenTheExamples_whenFoldedLater_thenEliminatedDismantledCaughtAndDealtWith() {
        CaseCounts here = fold("17167", "2026-09-01");

        assertThat(here.drugUsePoints()).isZero();
        assertThat(here.activeGangs()).isZero();
        assertThat(here.wantedHiding()).isZero();
        assertThat(here.unhandledViolators()).isZero();
        // the incident's subject lives in 17170 on that day by the registry's histories
        assertThat(CaseFacts.fold(facts, "17170", new ProgrammeYear(2026), LocalDate.parse("2026-09-01"),
                Set.of("2d66a44c-0515-41bf-92b4-92924e78228c")).seriousIncidentsByResidents()).isEqualTo(1);
        assertThat(fold("17170", "2026-09-01").seriousIncidentsByResidents()).isZero();
    }

    private CaseCounts fold(String area, String date) {
        return CaseFacts.fold(facts, area, new ProgrammeYear(2026), LocalDate.parse(date), Set.of());
    }

    private String example(String type) {
        try {
            return new String(getClass().getResourceAsStream("/contracts/v1/cases." + type + ".json").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
