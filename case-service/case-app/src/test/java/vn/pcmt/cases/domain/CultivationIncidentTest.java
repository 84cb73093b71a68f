package vn.pcmt.cases.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.cases.domain.command.RecordCultivationIncident;
import vn.pcmt.cases.domain.event.CultivationIncidentRecorded;
import vn.pcmt.platform.problem.Refusal;

class CultivationIncidentTest {

    private static final LocalDate ON = LocalDate.of(2026, 2, 20);
    private AggregateTestFixture<CultivationIncident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CultivationIncident.class);
        fixture.registerInjectableResource((AreaDirectory) village -> Optional.ofNullable(Map.of("17167-02", "17167").get(village)));
    }

    @ParameterizedTest(name = "{0} plants, {1} m² in {2} → {3}")
    @CsvSource({
            "1, 0, 17167-02, RECORDED", "0, 0.01, 17167-02, RECORDED", "0, 0, 17167-02, QUANTITY_NOT_POSITIVE",
            "-1, 5, 17167-02, QUANTITY_NOT_POSITIVE", "5, -0.5, 17167-02, QUANTITY_NOT_POSITIVE", "5, 1, 17167-09, AREA_UNKNOWN"})
    void givenQuantitiesAndVillage_whenRecorded_thenOnlyPositiveQuantitiesInAKnownVillage(int plants, BigDecimal areaM2,
                                                                                       String village, String outcome) {
        var when = fixture.givenNoPriorActivity()
                .when(new RecordCultivationIncident("c-1", PlantKind.OPIUM_POPPY, "17167", village, plants, areaM2, ON));
        if (outcome.equals("RECORDED")) {
            when.expectEvents(new CultivationIncidentRecorded("c-1", PlantKind.OPIUM_POPPY, "17167", village, plants,
                    areaM2.stripTrailingZeros(), ON));
        } else {
            when.expectNoEvents().expectException(Matchers.predicate(e -> e instanceof Refusal r && r.code().equals(outcome)));
        }
    }
}
