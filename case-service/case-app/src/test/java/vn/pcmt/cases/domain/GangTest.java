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
import vn.pcmt.cases.domain.GangMember.Role;
import vn.pcmt.cases.domain.command.AddGangMember;
import vn.pcmt.cases.domain.command.DismantleGang;
import vn.pcmt.cases.domain.command.EraseGangMembers;
import vn.pcmt.cases.domain.command.IdentifyGang;
import vn.pcmt.cases.domain.command.LinkGangCase;
import vn.pcmt.cases.domain.event.GangCaseLinked;
import vn.pcmt.cases.domain.event.GangDismantled;
import vn.pcmt.cases.domain.event.GangIdentified;
import vn.pcmt.cases.domain.event.GangMemberAdded;
import vn.pcmt.cases.domain.event.GangMembersErased;
import vn.pcmt.platform.privacy.Retention;

class GangTest {

    private static final String ID = "g-1";
    private static final LocalDate IDENTIFIED = LocalDate.of(2026, 1, 20);
    private static final GangMember LEADER = new GangMember("m-1", "s-1", null, Role.LEADER);
    private static final GangMember NAMED = new GangMember("m-2", null, "Tùng \"béo\"", Role.MEMBER);
    private AggregateTestFixture<Gang> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Gang.class);
        Map<String, String> villages = Map.of("17167-02", "17167");
        fixture.registerInjectableResource((AreaDirectory) village -> Optional.ofNullable(villages.get(village)));
        fixture.registerInjectableResource((SubjectDirectory) subject -> "s-1".equals(subject)
                ? Optional.of(new Residence("17167", "17167-02")) : Optional.empty());
        fixture.registerInjectableResource(FixedRecords.cases("case-1"));
        fixture.registerInjectableResource(new Retention(Period.ofYears(5)));
    }

    @Test
    void givenSubjectAndNamedMember_whenIdentified_thenGangIdentified() {
        fixture.givenNoPriorActivity()
                .when(new IdentifyGang(ID, GangKind.NETWORK, " Đường dây Tùng béo ", GangActivity.TRAFFICKING, "17167", "17167-02",
                        IDENTIFIED, List.of(LEADER, NAMED)))
                .expectEvents(new GangIdentified(ID, GangKind.NETWORK, "Đường dây Tùng béo", GangActivity.TRAFFICKING, "17167",
                        "17167-02", IDENTIFIED, List.of(LEADER, NAMED)));
    }

    @Test
    void givenMemberNotOnTheRegistry_whenIdentified_thenSubjectUnknown() {
        fixture.givenNoPriorActivity()
                .when(new IdentifyGang(ID, GangKind.GANG, "Ổ nhóm X", GangActivity.RETAIL, "17167", null, IDENTIFIED,
                        List.of(new GangMember("m-1", "s-9", null, Role.MEMBER))))
                .expectNoEvents()
                .expectException(refusal("SUBJECT_UNKNOWN"));
    }

    @Test
    void givenMemberWithoutNameOrSubject_whenIdentified_thenIncomplete() {
        fixture.givenNoPriorActivity()
                .when(new IdentifyGang(ID, GangKind.GANG, "Ổ nhóm X", GangActivity.RETAIL, "17167", null, IDENTIFIED,
                        List.of(new GangMember("m-1", null, " ", Role.MEMBER))))
                .expectNoEvents()
                .expectException(refusal("MEMBER_INCOMPLETE"));
    }

    @Test
    void givenSubjectAlreadyAMember_whenAddedAgain_thenDuplicate() {
        fixture.given(identified())
                .when(new AddGangMember(ID, null, new GangMember("m-3", "s-1", null, Role.MEMBER), IDENTIFIED.plusDays(5)))
                .expectNoEvents()
                .expectException(refusal("MEMBER_DUPLICATE"));
    }

    @Test
    void givenGang_whenNamedMemberAdded_thenMemberAdded() {
        fixture.given(identified())
                .when(new AddGangMember(ID, null, NAMED, IDENTIFIED.plusDays(5)))
                .expectEvents(new GangMemberAdded(ID, "17167", NAMED, IDENTIFIED.plusDays(5)));
    }

    @Test
    void givenGang_whenUnknownCaseLinked_thenCaseUnknown() {
        fixture.given(identified())
                .when(new LinkGangCase(ID, null, "case-9"))
                .expectNoEvents()
                .expectException(refusal("CASE_UNKNOWN"));
    }

    @Test
    void givenLinkedCase_whenLinkedAgain_thenNothingNew() {
        fixture.given(identified(), new GangCaseLinked(ID, "17167", "case-1"))
                .when(new LinkGangCase(ID, null, "case-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest(name = "dismantled {0} → allowed {1}")
    @CsvSource({"2026-01-19, false", "2026-01-20, true"})
    void givenGang_whenDismantled_thenNotBeforeItWasIdentified(LocalDate on, boolean allowed) {
        var when = fixture.given(identified()).when(new DismantleGang(ID, null, on));
        if (allowed) {
            when.expectEvents(new GangDismantled(ID, "17167", on));
        } else {
            when.expectNoEvents().expectException(refusal("DATE_ORDER"));
        }
    }

    @Test
    void givenDismantledGang_whenMemberAdded_thenTransitionNotAllowed() {
        fixture.given(identified(), new GangDismantled(ID, "17167", IDENTIFIED.plusDays(30)))
                .when(new AddGangMember(ID, null, NAMED, IDENTIFIED.plusDays(31)))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    private static GangIdentified identified() {
        return new GangIdentified(ID, GangKind.GANG, "Ổ nhóm X", GangActivity.RETAIL, "17167", null, IDENTIFIED, List.of(LEADER));
    }

    // --- erasure at the end of retention (five years in this fixture) ----------------------------------------------

    @Test
    void givenActiveGang_whenErased_thenTransitionNotAllowed() {
        fixture.given(identified())
                .when(new EraseGangMembers(ID, null, LocalDate.of(2032, 1, 1), "Hết thời hạn lưu trữ"))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @ParameterizedTest(name = "dismantled 2026-02-19, erased {0}: {1}")
    @CsvSource({"2031-02-18, false", "2031-02-19, true"})
    void givenDismantledGang_whenErased_thenOnlyOnceRetentionEndedAndEveryMemberAnswered(LocalDate erasedOn, boolean erased) {
        var when = fixture.given(identified(), new GangMemberAdded(ID, "17167", NAMED, IDENTIFIED.plusDays(1)),
                        new GangDismantled(ID, "17167", IDENTIFIED.plusDays(30)))
                .when(new EraseGangMembers(ID, null, erasedOn, "Hết thời hạn lưu trữ"));
        if (erased) {
            when.expectEvents(new GangMembersErased(ID, erasedOn, "Hết thời hạn lưu trữ", List.of("m-1", "m-2")))
                    .expectResultMessagePayload(List.of("m-1", "m-2"));
        } else {
            when.expectNoEvents().expectException(refusal("RETENTION_NOT_ENDED"));
        }
    }

    @Test
    void givenErasedGang_whenErasedAgain_thenNothingRecorded() {
        fixture.given(identified(), new GangDismantled(ID, "17167", IDENTIFIED.plusDays(30)),
                        new GangMembersErased(ID, LocalDate.of(2031, 2, 19), "Hết thời hạn lưu trữ", List.of("m-1")))
                .when(new EraseGangMembers(ID, null, LocalDate.of(2031, 2, 20), "Lần nữa"))
                .expectNoEvents()
                .expectResultMessagePayload(List.of("m-1"));
    }
}
