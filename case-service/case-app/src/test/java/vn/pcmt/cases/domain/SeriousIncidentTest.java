package vn.pcmt.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.cases.domain.command.RecordSeriousIncident;
import vn.pcmt.cases.domain.event.SeriousIncidentRecorded;
import vn.pcmt.platform.problem.Refusal;

class SeriousIncidentTest {

    private static final LocalDate ON = LocalDate.of(2026, 8, 14);
    private AggregateTestFixture<SeriousIncident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SeriousIncident.class);
        Map<String, String> villages = Map.of("17167-02", "17167");
        fixture.registerInjectableResource((AreaDirectory) village -> Optional.ofNullable(villages.get(village)));
        fixture.registerInjectableResource((SubjectDirectory) subject -> "s-1".equals(subject)
                ? Optional.of(new Residence("17170", "17170-01")) : Optional.empty());
    }

    @ParameterizedTest(name = "{0} → breaks criterion 8: {1}")
    @CsvSource({"LESS_SERIOUS, false", "SERIOUS, false", "VERY_SERIOUS, true", "ESPECIALLY_SERIOUS, true"})
    void givenSeverity_whenJudgedForCriterion8_thenOnlyVeryOrEspeciallySerious(IncidentSeverity severity, boolean breaks) {
        assertThat(severity.breaksCriterion8()).isEqualTo(breaks);
    }

    @Test
    void givenSubjectLivingElsewhere_whenIncidentRecorded_thenCountedWhereTheSubjectLives() {
        fixture.givenNoPriorActivity()
                .when(new RecordSeriousIncident("i-1", "17167", "17167-02", ON, IncidentCause.PSYCHOSIS_SIGNS, "s-1",
                        IncidentSeverity.VERY_SERIOUS, 0, 2, " Chém người "))
                .expectEvents(new SeriousIncidentRecorded("i-1", "17167", "17167-02", ON, IncidentCause.PSYCHOSIS_SIGNS, "s-1", "17170",
                        IncidentSeverity.VERY_SERIOUS, 0, 2, "Chém người"));
    }

    @Test
    void givenPersonNotOnTheRegistry_whenIncidentRecorded_thenCountedInTheIncidentsCommune() {
        fixture.givenNoPriorActivity()
                .when(new RecordSeriousIncident("i-1", "17167", null, ON, IncidentCause.ADDICT, null, IncidentSeverity.SERIOUS, 1, 0,
                        "Gây tai nạn"))
                .expectEvents(new SeriousIncidentRecorded("i-1", "17167", null, ON, IncidentCause.ADDICT, null, "17167",
                        IncidentSeverity.SERIOUS, 1, 0, "Gây tai nạn"));
    }

    @Test
    void givenUnknownSubject_whenIncidentRecorded_thenSubjectUnknown() {
        fixture.givenNoPriorActivity()
                .when(new RecordSeriousIncident("i-1", "17167", null, ON, IncidentCause.ADDICT, "s-9", IncidentSeverity.SERIOUS, 0, 0,
                        "x"))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof Refusal r && r.code().equals("SUBJECT_UNKNOWN")));
    }

    @ParameterizedTest(name = "deaths {0}, injured {1} → allowed {2}")
    @CsvSource({"-1, 0, false", "0, -1, false", "0, 0, true"})
    void givenCasualties_whenIncidentRecorded_thenNeverNegative(int deaths, int injured, boolean allowed) {
        var when = fixture.givenNoPriorActivity().when(new RecordSeriousIncident("i-1", "17167", null, ON, IncidentCause.ADDICT, null,
                IncidentSeverity.SERIOUS, deaths, injured, "x"));
        if (allowed) {
            when.expectSuccessfulHandlerExecution();
        } else {
            when.expectNoEvents().expectException(Matchers.predicate(e -> e instanceof Refusal r && r.code().equals("QUANTITY_NEGATIVE")));
        }
    }
}
