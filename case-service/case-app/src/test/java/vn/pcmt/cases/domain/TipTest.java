package vn.pcmt.cases.domain;

import static vn.pcmt.cases.domain.Refusals.refusal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.cases.domain.command.DismissTip;
import vn.pcmt.cases.domain.command.EraseTipster;
import vn.pcmt.cases.domain.command.ReceiveTip;
import vn.pcmt.cases.domain.command.ResolveTip;
import vn.pcmt.cases.domain.command.TriageTip;
import vn.pcmt.cases.domain.command.VerifyTip;
import vn.pcmt.cases.domain.event.TipDismissed;
import vn.pcmt.cases.domain.event.TipReceived;
import vn.pcmt.cases.domain.event.TipResolved;
import vn.pcmt.cases.domain.event.TipTriaged;
import vn.pcmt.cases.domain.event.TipVerified;
import vn.pcmt.cases.domain.event.TipsterErased;
import vn.pcmt.platform.privacy.Retention;
import vn.pcmt.platform.problem.Refusal;

class TipTest {

    private static final String ID = "t-1";
    private static final LocalDate RECEIVED = LocalDate.of(2026, 2, 3);
    private static final Tipster TIPSTER = new Tipster("Nguyễn Thị Hoa", "0912345678", null);
    private AggregateTestFixture<Tip> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Tip.class);
        Map<String, String> villages = Map.of("17167-02", "17167");
        fixture.registerInjectableResource((AreaDirectory) village -> Optional.ofNullable(villages.get(village)));
        fixture.registerInjectableResource(FixedRecords.cases("case-1"));
        fixture.registerInjectableResource((SubjectDirectory) subject -> Optional.empty());
        fixture.registerInjectableResource(new Retention(Period.ofYears(5)));
    }

    @ParameterizedTest(name = "anonymous {0}, tipster {1} → allowed {2}")
    @CsvSource({"true, false, true", "true, true, false", "false, true, true", "false, false, false"})
    void givenAnonymity_whenReceived_thenATipsterExactlyWhenNotAnonymous(boolean anonymous, boolean withTipster, boolean allowed) {
        Tipster tipster = withTipster ? TIPSTER : null;
        var when = fixture.givenNoPriorActivity().when(new ReceiveTip(ID, TipChannel.HOTLINE, RECEIVED, "17167", "17167-02",
                " Nhà ông X có nhiều người lạ ra vào ", anonymous, tipster, "cax-dienchau-02"));
        if (allowed) {
            when.expectEvents(new TipReceived(ID, TipChannel.HOTLINE, RECEIVED, "17167", "17167-02", "Nhà ông X có nhiều người lạ ra vào",
                    anonymous, tipster, "cax-dienchau-02"));
        } else {
            when.expectNoEvents().expectException(Matchers.predicate(e -> e instanceof Refusal r
                    && r.code().equals(anonymous ? "TIPSTER_NOT_ANONYMOUS" : "TIPSTER_REQUIRED")));
        }
    }

    @Test
    void givenReceivedTip_whenVerifiedBeforeTriage_thenStageOrder() {
        fixture.given(received())
                .when(new VerifyTip(ID, null, RECEIVED, true, null))
                .expectNoEvents()
                .expectException(refusal("STAGE_ORDER"));
    }

    @ParameterizedTest(name = "triaged {0} → allowed {1}")
    @CsvSource({"2026-02-02, false", "2026-02-03, true"})
    void givenReceivedTip_whenTriaged_thenNotBeforeItWasReceived(LocalDate on, boolean allowed) {
        var when = fixture.given(received()).when(new TriageTip(ID, null, on, true, List.of("cax-dienchau-05")));
        if (allowed) {
            when.expectEvents(new TipTriaged(ID, on, true, List.of("cax-dienchau-05")));
        } else {
            when.expectNoEvents().expectException(refusal("DATE_ORDER"));
        }
    }

    @Test
    void givenConfirmedTip_whenResolvedIntoAnExistingCase_thenResolved() {
        fixture.given(received(), triaged(), new TipVerified(ID, RECEIVED.plusDays(2), true, "Đúng"))
                .when(new ResolveTip(ID, null, RECEIVED.plusDays(3), TipOutcome.CASE, "case-1"))
                .expectEvents(new TipResolved(ID, RECEIVED.plusDays(3), TipOutcome.CASE, "case-1"));
    }

    @Test
    void givenConfirmedTip_whenResolvedIntoAnUnknownHotspot_thenReferenceUnknown() {
        fixture.given(received(), triaged(), new TipVerified(ID, RECEIVED.plusDays(2), true, "Đúng"))
                .when(new ResolveTip(ID, null, RECEIVED.plusDays(3), TipOutcome.HOTSPOT, "h-9"))
                .expectNoEvents()
                .expectException(refusal("REFERENCE_UNKNOWN"));
    }

    @Test
    void givenTipFoundUntrue_whenResolvedIntoACase_thenNotConfirmed() {
        fixture.given(received(), triaged(), new TipVerified(ID, RECEIVED.plusDays(2), false, "Không đúng"))
                .when(new ResolveTip(ID, null, RECEIVED.plusDays(3), TipOutcome.CASE, "case-1"))
                .expectNoEvents()
                .expectException(refusal("TIP_NOT_CONFIRMED"));
    }

    @Test
    void givenTriagedTip_whenDismissed_thenDismissedFromItsStage() {
        fixture.given(received(), triaged())
                .when(new DismissTip(ID, null, RECEIVED.plusDays(1), " Trùng tin đã xử lý "))
                .expectEvents(new TipDismissed(ID, TipStage.TRIAGED, RECEIVED.plusDays(1), "Trùng tin đã xử lý"));
    }

    @Test
    void givenDismissedTip_whenTriaged_thenTransitionNotAllowed() {
        fixture.given(received(), new TipDismissed(ID, TipStage.RECEIVED, RECEIVED, "Trùng"))
                .when(new TriageTip(ID, null, RECEIVED, false, List.of("cax-dienchau-05")))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    private static TipReceived received() {
        return new TipReceived(ID, TipChannel.MAILBOX, RECEIVED, "17167", null, "Thư tố giác", true, null, "cax-dienchau-02");
    }

    private static TipTriaged triaged() {
        return new TipTriaged(ID, RECEIVED, false, List.of("cax-dienchau-05"));
    }

    // --- erasure at the end of retention (five years in this fixture) ----------------------------------------------

    @Test
    void givenOpenTip_whenErased_thenTransitionNotAllowed() {
        fixture.given(received(), triaged())
                .when(new EraseTipster(ID, null, LocalDate.of(2032, 1, 1), "Hết thời hạn lưu trữ"))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @ParameterizedTest(name = "dismissed 2026-02-10, erased {0}: {1}")
    @CsvSource({"2031-02-09, false", "2031-02-10, true"})
    void givenDismissedTip_whenErased_thenOnlyOnceRetentionEndedSinceTheDismissal(LocalDate erasedOn, boolean erased) {
        var when = fixture.given(received(), new TipDismissed(ID, TipStage.RECEIVED, LocalDate.of(2026, 2, 10), "Trùng"))
                .when(new EraseTipster(ID, null, erasedOn, "Hết thời hạn lưu trữ"));
        if (erased) {
            when.expectEvents(new TipsterErased(ID, erasedOn, "Hết thời hạn lưu trữ")).expectResultMessagePayload(List.of(ID));
        } else {
            when.expectNoEvents().expectException(refusal("RETENTION_NOT_ENDED"));
        }
    }

    @Test
    void givenResolvedTip_whenErasedFiveYearsAfterTheResolution_thenErased() {
        fixture.given(received(), triaged(), new TipVerified(ID, RECEIVED.plusDays(1), true, "Đúng"),
                        new TipResolved(ID, LocalDate.of(2026, 3, 1), TipOutcome.CASE, "case-1"))
                .when(new EraseTipster(ID, null, LocalDate.of(2031, 3, 1), "Hết thời hạn lưu trữ"))
                .expectEvents(new TipsterErased(ID, LocalDate.of(2031, 3, 1), "Hết thời hạn lưu trữ"));
    }
}
