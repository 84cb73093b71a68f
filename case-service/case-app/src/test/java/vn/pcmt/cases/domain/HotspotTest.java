package vn.pcmt.cases.domain;

import static vn.pcmt.cases.domain.Refusals.refusal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.cases.domain.command.CloseHotspot;
import vn.pcmt.cases.domain.command.EliminateHotspot;
import vn.pcmt.cases.domain.command.IdentifyHotspot;
import vn.pcmt.cases.domain.command.RecordHotspotReEmergence;
import vn.pcmt.cases.domain.command.StartHotspotAction;
import vn.pcmt.cases.domain.event.HotspotIdentified;
import vn.pcmt.cases.domain.event.HotspotStageChanged;

/** The hotspot life cycle: identified → under action → eliminated → closed, or re-emerged. */
class HotspotTest {

    private static final String ID = "h-1";
    private static final LocalDate FOUND = LocalDate.of(2026, 2, 10);
    private AggregateTestFixture<Hotspot> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Hotspot.class);
        Map<String, String> villages = Map.of("17167-02", "17167");
        fixture.registerInjectableResource((AreaDirectory) village -> Optional.ofNullable(villages.get(village)));
    }

    @Test
    void givenKnownVillage_whenIdentified_thenIdentified() {
        fixture.givenNoPriorActivity()
                .when(new IdentifyHotspot(ID, HotspotKind.USE_DEN, "17167", "17167-02", FOUND, true, "Nhiều người tụ tập"))
                .expectEvents(identified());
    }

    @Test
    void givenVillageOfAnotherCommune_whenIdentified_thenAreaUnknown() {
        fixture.givenNoPriorActivity()
                .when(new IdentifyHotspot(ID, HotspotKind.USE_DEN, "17170", "17167-02", FOUND, true, null))
                .expectNoEvents()
                .expectException(refusal("AREA_UNKNOWN"));
    }

    @Test
    void givenNoVillage_whenIdentified_thenRequired() {
        fixture.givenNoPriorActivity()
                .when(new IdentifyHotspot(ID, HotspotKind.USE_DEN, "17167", null, FOUND, true, null))
                .expectNoEvents()
                .expectException(refusal("VALIDATION_FAILED"));
    }

    @ParameterizedTest(name = "{0} → {1}: allowed {2}")
    @CsvSource({
            "IDENTIFIED, UNDER_ACTION, true", "IDENTIFIED, ELIMINATED, true", "IDENTIFIED, CLOSED, false",
            "IDENTIFIED, RE_EMERGED, false", "UNDER_ACTION, ELIMINATED, true", "UNDER_ACTION, CLOSED, false",
            "ELIMINATED, CLOSED, true", "ELIMINATED, RE_EMERGED, true", "ELIMINATED, UNDER_ACTION, false",
            "CLOSED, RE_EMERGED, true", "CLOSED, ELIMINATED, false", "RE_EMERGED, ELIMINATED, true",
            "RE_EMERGED, UNDER_ACTION, true"})
    void givenStage_whenMoved_thenOnlyTheLifeCycleAllows(HotspotStage from, HotspotStage to, boolean allowed) {
        LocalDate on = FOUND.plusDays(30);
        var given = from == HotspotStage.IDENTIFIED ? fixture.given(identified())
                : fixture.given(identified(), new HotspotStageChanged(ID, "17167", HotspotStage.IDENTIFIED, from, FOUND.plusDays(10), null));
        Object command = switch (to) {
            case UNDER_ACTION -> new StartHotspotAction(ID, null, on, null);
            case ELIMINATED -> new EliminateHotspot(ID, null, on, null);
            case CLOSED -> new CloseHotspot(ID, null, on, null);
            case RE_EMERGED -> new RecordHotspotReEmergence(ID, null, on, null);
            case IDENTIFIED -> throw new IllegalArgumentException();
        };
        if (allowed) {
            given.when(command).expectEvents(new HotspotStageChanged(ID, "17167", from, to, on, null));
        } else {
            given.when(command).expectNoEvents().expectException(refusal("TRANSITION_NOT_ALLOWED"));
        }
    }

    @ParameterizedTest(name = "eliminated on {0} after action on 2026-03-01 → allowed {1}")
    @CsvSource({"2026-02-28, false", "2026-03-01, true"})
    void givenUnderAction_whenEliminatedBeforeOrOnTheActionDay_thenDateOrder(LocalDate on, boolean allowed) {
        var given = fixture.given(identified(),
                new HotspotStageChanged(ID, "17167", HotspotStage.IDENTIFIED, HotspotStage.UNDER_ACTION, LocalDate.of(2026, 3, 1), null));
        if (allowed) {
            given.when(new EliminateHotspot(ID, null, on, "Triệt xóa"))
                    .expectEvents(new HotspotStageChanged(ID, "17167", HotspotStage.UNDER_ACTION, HotspotStage.ELIMINATED, on, "Triệt xóa"));
        } else {
            given.when(new EliminateHotspot(ID, null, on, null)).expectNoEvents().expectException(refusal("DATE_ORDER"));
        }
    }

    private static HotspotIdentified identified() {
        return new HotspotIdentified(ID, HotspotKind.USE_DEN, "17167", "17167-02", FOUND, true, "Nhiều người tụ tập");
    }
}
