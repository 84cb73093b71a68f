package vn.pcmt.cases.domain;

import static vn.pcmt.cases.domain.Refusals.refusal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.cases.domain.command.EraseWantedPerson;
import vn.pcmt.cases.domain.command.RecordCapture;
import vn.pcmt.cases.domain.command.RecordHidingPlace;
import vn.pcmt.cases.domain.command.RegisterWantedPerson;
import vn.pcmt.cases.domain.event.HidingPlaceRecorded;
import vn.pcmt.cases.domain.event.WantedPersonCaptured;
import vn.pcmt.cases.domain.event.WantedPersonErased;
import vn.pcmt.cases.domain.event.WantedPersonRegistered;
import vn.pcmt.platform.privacy.Retention;

class WantedPersonTest {

    private static final String ID = "w-1";
    private static final LocalDate SINCE = LocalDate.of(2026, 1, 12);
    private AggregateTestFixture<WantedPerson> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WantedPerson.class);
        Map<String, String> villages = Map.of("17167-02", "17167", "17170-01", "17170");
        fixture.registerInjectableResource((AreaDirectory) village -> Optional.ofNullable(villages.get(village)));
        fixture.registerInjectableResource(new Retention(Period.ofYears(5)));
    }

    @ParameterizedTest(name = "Art. {0} → drug crime {1}")
    @CsvSource({"251, true", "256a, true", "247, true", "253, false", "173, false"})
    void givenArticle_whenRegistered_thenOnlyDrugCrimes(String article, boolean drugCrime) {
        var when = fixture.givenNoPriorActivity()
                .when(new RegisterWantedPerson(ID, "Lò Văn Sáu", null, "05/QĐ-TN", article, SINCE, "17167", "17167-02"));
        if (drugCrime) {
            when.expectEvents(new WantedPersonRegistered(ID, "Lò Văn Sáu", null, "05/QĐ-TN", article, SINCE, "17167", "17167-02"));
        } else {
            when.expectNoEvents().expectException(refusal("ARTICLE_UNKNOWN"));
        }
    }

    @Test
    void givenVillageOfAnotherCommune_whenRegistered_thenAreaUnknown() {
        fixture.givenNoPriorActivity()
                .when(new RegisterWantedPerson(ID, "Lò Văn Sáu", null, "05/QĐ-TN", "251", SINCE, "17170", "17167-02"))
                .expectNoEvents()
                .expectException(refusal("AREA_UNKNOWN"));
    }

    @Test
    void givenAtLarge_whenNewHidingPlace_thenMovedFromTheOldCommune() {
        LocalDate on = LocalDate.of(2026, 3, 3);
        fixture.given(registered())
                .when(new RecordHidingPlace(ID, null, "17170", "17170-01", on))
                .expectEvents(new HidingPlaceRecorded(ID, "17167", "17170", "17170-01", on));
    }

    @ParameterizedTest(name = "caught {0} → allowed {1}")
    @CsvSource({"2026-01-11, false", "2026-01-12, true"})
    void givenAtLarge_whenCaught_thenNotBeforeBeingWanted(LocalDate on, boolean allowed) {
        var when = fixture.given(registered()).when(new RecordCapture(ID, null, on, "17167", false));
        if (allowed) {
            when.expectEvents(new WantedPersonCaptured(ID, "17167", on, "17167", false));
        } else {
            when.expectNoEvents().expectException(refusal("DATE_ORDER"));
        }
    }

    @Test
    void givenCaught_whenCaughtAgain_thenTransitionNotAllowed() {
        fixture.given(registered(), new WantedPersonCaptured(ID, "17167", LocalDate.of(2026, 4, 18), "17167", true))
                .when(new RecordCapture(ID, null, LocalDate.of(2026, 4, 19), "17167", false))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    private static WantedPersonRegistered registered() {
        return new WantedPersonRegistered(ID, "Lò Văn Sáu", null, "05/QĐ-TN", "251", SINCE, "17167", "17167-02");
    }

    // --- erasure at the end of retention (five years in this fixture) ----------------------------------------------

    @Test
    void givenAtLarge_whenErased_thenTransitionNotAllowed() {
        fixture.given(registered())
                .when(new EraseWantedPerson(ID, null, LocalDate.of(2032, 1, 1), "Hết thời hạn lưu trữ"))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @ParameterizedTest(name = "caught 2026-04-18, erased {0}: {1}")
    @CsvSource({"2031-04-17, false", "2031-04-18, true"})
    void givenCaught_whenErased_thenOnlyOnceRetentionEndedSinceTheCapture(LocalDate erasedOn, boolean erased) {
        var when = fixture.given(registered(), new WantedPersonCaptured(ID, "17167", LocalDate.of(2026, 4, 18), "17167", true))
                .when(new EraseWantedPerson(ID, null, erasedOn, "Hết thời hạn lưu trữ"));
        if (erased) {
            when.expectEvents(new WantedPersonErased(ID, erasedOn, "Hết thời hạn lưu trữ")).expectResultMessagePayload(List.of(ID));
        } else {
            when.expectNoEvents().expectException(refusal("RETENTION_NOT_ENDED"));
        }
    }
}
