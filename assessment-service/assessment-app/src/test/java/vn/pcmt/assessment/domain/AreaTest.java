package vn.pcmt.assessment.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.assessment.domain.command.CloseMergedArea;
import vn.pcmt.assessment.domain.command.MergeAreas;
import vn.pcmt.assessment.domain.command.MoveArea;
import vn.pcmt.assessment.domain.command.RecordAreaFacts;
import vn.pcmt.assessment.domain.command.RegisterArea;
import vn.pcmt.assessment.domain.command.RenameArea;
import vn.pcmt.assessment.domain.command.SetSchedule;
import vn.pcmt.assessment.domain.command.SplitArea;
import vn.pcmt.assessment.domain.event.AreaClosed;
import vn.pcmt.assessment.domain.event.AreaFactsRecorded;
import vn.pcmt.assessment.domain.event.AreaMoved;
import vn.pcmt.assessment.domain.event.AreaRegistered;
import vn.pcmt.assessment.domain.event.AreaRenamed;
import vn.pcmt.assessment.domain.event.AreaSplit;
import vn.pcmt.assessment.domain.event.AreasMerged;
import vn.pcmt.assessment.domain.event.ScheduleSet;
import vn.pcmt.platform.problem.Refusal;

class AreaTest {

    private final Map<String, AreaDirectory.Known> known = new HashMap<>();
    private AggregateTestFixture<Area> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Area.class);
        fixture.registerInjectableResource(new AreaDirectory() {
            @Override
            public Optional<Known> find(String code) {
                return Optional.ofNullable(known.get(code));
            }

            @Override
            public List<String> openChildrenOf(String code) {
                return known.values().stream().filter(area -> code.equals(area.parentCode()) && !area.closed())
                        .map(Known::code).sorted().toList();
            }
        });
    }

    private void know(String code, AreaLevel level) {
        know(code, level, null, false);
    }

    private void know(String code, AreaLevel level, String parent, boolean closed) {
        known.put(code, new AreaDirectory.Known(code, level, parent, closed));
    }

    @Test
    void givenNoArea_whenRegisterProvince_thenAreaRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterArea("40", "Nghệ An", AreaLevel.PROVINCE, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AreaRegistered("40", "Nghệ An", AreaLevel.PROVINCE, null));
    }

    @Test
    void givenKnownProvince_whenRegisterCommune_thenAreaRegistered() {
        know("40", AreaLevel.PROVINCE);
        fixture.givenNoPriorActivity()
                .when(new RegisterArea("17167", "  Diễn Châu ", AreaLevel.COMMUNE, "40"))
                .expectEvents(new AreaRegistered("17167", "Diễn Châu", AreaLevel.COMMUNE, "40"));
    }

    @Test
    void givenUnknownParent_whenRegisterVillage_thenRefusedAsAreaUnknown() {
        fixture.givenNoPriorActivity()
                .when(new RegisterArea("17167-01", "Khối 1", AreaLevel.VILLAGE, "17167"))
                .expectNoEvents()
                .expectException(Refusal.class)
                .expectExceptionMessage("Không có địa bàn cấp trên mã 17167.");
    }

    @Test
    void givenProvinceAsParent_whenRegisterVillage_thenRefusedForWrongLevel() {
        know("40", AreaLevel.PROVINCE);
        fixture.givenNoPriorActivity()
                .when(new RegisterArea("40-01", "Xóm 1", AreaLevel.VILLAGE, "40"))
                .expectNoEvents()
                .expectException(Refusal.class)
                .expectExceptionMessage("Địa bàn cấp trên của thôn phải là xã.");
    }

    @Test
    void givenCommuneWithoutParent_whenRegister_thenRefusedAsParentRequired() {
        fixture.givenNoPriorActivity()
                .when(new RegisterArea("17167", "Diễn Châu", AreaLevel.COMMUNE, null))
                .expectNoEvents()
                .expectException(Refusal.class);
    }

    @Test
    void givenProvinceWithParent_whenRegister_thenRefused() {
        know("40", AreaLevel.PROVINCE);
        fixture.givenNoPriorActivity()
                .when(new RegisterArea("42", "Hà Tĩnh", AreaLevel.PROVINCE, "40"))
                .expectNoEvents()
                .expectException(Refusal.class);
    }

    @Test
    void givenKnownCode_whenRegisterAgain_thenRefusedAsDuplicate() {
        know("40", AreaLevel.PROVINCE);
        fixture.givenNoPriorActivity()
                .when(new RegisterArea("40", "Nghệ An", AreaLevel.PROVINCE, null))
                .expectNoEvents()
                .expectException(Refusal.class)
                .expectExceptionMessage("Mã địa bàn 40 đã tồn tại.");
    }

    @ParameterizedTest(name = "{1} of {0} households committed, {2} people → {3}")
    @CsvSource({"100, 100, 400, ALLOWED", "100, 101, 400, FACTS_OUT_OF_RANGE", "0, 0, 0, ALLOWED", "401, 0, 400, FACTS_OUT_OF_RANGE"})
    void givenAreaFacts_whenRecorded_thenCommittedWithinHouseholdsWithinPopulation(long households, long committed, long population,
                                                                                  String expected) {
        var when = fixture.given(new AreaRegistered("17167-02", "Xóm 2", AreaLevel.VILLAGE, "17167"))
                .when(new RecordAreaFacts("17167-02", null, 2026, population, households, committed, false, List.of(), " QĐ 12/UBND "));
        if (expected.equals("ALLOWED")) {
            when.expectEvents(new AreaFactsRecorded("17167-02", 2026, population, households, committed, false, List.of(), "QĐ 12/UBND"));
        } else {
            when.expectNoEvents().expectException(Matchers.predicate(e -> e instanceof Refusal r && r.code().equals(expected)));
        }
    }

    @ParameterizedTest(name = "{0} sets a schedule → {1}")
    @CsvSource({"PROVINCE, ALLOWED", "COMMUNE, AREA_LEVEL_NOT_ALLOWED", "VILLAGE, AREA_LEVEL_NOT_ALLOWED"})
    void givenArea_whenScheduleSet_thenOnlyAProvinceSetsIt(AreaLevel level, String expected) {
        ProgrammeSchedule schedule = new ProgrammeSchedule(2026, LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 11),
                LocalDate.of(2026, 12, 18), false);
        var when = fixture.given(new AreaRegistered("40", "Nghệ An", level, level == AreaLevel.PROVINCE ? null : "41"))
                .when(new SetSchedule("40", null, schedule));
        if (expected.equals("ALLOWED")) {
            when.expectEvents(new ScheduleSet("40", schedule));
        } else {
            when.expectNoEvents().expectException(Matchers.predicate(e -> e instanceof Refusal r && r.code().equals(expected)));
        }
    }

    private static final LocalDate JULY_FIRST = LocalDate.of(2025, 7, 1);
    private static final AreaRegistered COMMUNE = new AreaRegistered("17160", "Xã Diễn Châu", AreaLevel.COMMUNE, "40");

    @Test
    void givenAnArea_whenRenamed_thenTheNewNameAndTheOldKept() {
        fixture.given(COMMUNE)
                .when(new RenameArea("17160", null, " Xã Diễn Châu Mới ", JULY_FIRST, " 1686/NQ-UBTVQH15 "))
                .expectEvents(new AreaRenamed("17160", "Xã Diễn Châu Mới", "Xã Diễn Châu", JULY_FIRST, "1686/NQ-UBTVQH15"));
    }

    @Test
    void givenAnArea_whenRenamedToItsOwnName_thenRefused() {
        fixture.given(COMMUNE)
                .when(new RenameArea("17160", null, "Xã Diễn Châu", JULY_FIRST, "1/NQ"))
                .expectNoEvents()
                .expectException(refusal("NAME_UNCHANGED"));
    }

    @ParameterizedTest(name = "merging {0} → {1}")
    @CsvSource({
            "17161;17162, ALLOWED",
            "17161;17161, AREA_LISTED_TWICE",
            "17160, AREA_LISTED_TWICE",
            "17199, AREA_UNKNOWN",
            "17161;40, AREA_LEVEL_MISMATCH",
            "17163, AREA_CLOSED",
            "17161;17164, AREA_PARENT_MISMATCH"})
    void givenCommunes_whenMerged_thenOnlyOpenOnesOfTheSameLevelEachOnce(String predecessors, String expected) {
        know("40", AreaLevel.PROVINCE);
        know("17161", AreaLevel.COMMUNE, "40", false);
        know("17162", AreaLevel.COMMUNE, "40", false);
        know("17163", AreaLevel.COMMUNE, "40", true);
        know("17164", AreaLevel.COMMUNE, "41", false);
        List<String> codes = List.of(predecessors.split(";"));
        var when = fixture.given(COMMUNE).when(new MergeAreas("17160", null, codes, JULY_FIRST, "1686/NQ"));
        if (expected.equals("ALLOWED")) {
            when.expectEvents(new AreasMerged("17160", codes, JULY_FIRST, "1686/NQ"));
        } else {
            when.expectNoEvents().expectException(refusal(expected));
        }
    }

    @Test
    void givenAClosedArea_whenRenamedMovedOrTakingOthersIn_thenAreaClosed() {
        AreaClosed closed = new AreaClosed("17160", List.of("17170"), JULY_FIRST, "1686/NQ");
        fixture.given(COMMUNE, closed).when(new RenameArea("17160", null, "Tên mới", JULY_FIRST, "2/NQ"))
                .expectNoEvents().expectException(refusal("AREA_CLOSED"));
        fixture.given(COMMUNE, closed).when(new MoveArea("17160", "41", JULY_FIRST, "2/NQ"))
                .expectNoEvents().expectException(refusal("AREA_CLOSED"));
        fixture.given(COMMUNE, closed).when(new MergeAreas("17160", null, List.of("17161"), JULY_FIRST, "2/NQ"))
                .expectNoEvents().expectException(refusal("AREA_CLOSED"));
    }

    @Test
    void givenAnAreaClosedIntoASuccessor_whenClosedIntoItAgain_thenNothingChangesButIntoAnotherIsRefused() {
        AreaClosed closed = new AreaClosed("17160", List.of("17170"), JULY_FIRST, "1686/NQ");
        fixture.given(COMMUNE, closed).when(new CloseMergedArea("17160", "17170", JULY_FIRST, "1686/NQ")).expectNoEvents()
                .expectSuccessfulHandlerExecution();
        fixture.given(COMMUNE, closed).when(new CloseMergedArea("17160", "17171", JULY_FIRST, "1686/NQ")).expectNoEvents()
                .expectException(refusal("AREA_CLOSED"));
    }

    @Test
    void givenAVillage_whenMovedUnderTheSuccessor_thenMovedOnceAndAgainChangesNothing() {
        AreaRegistered village = new AreaRegistered("17161-01", "Xóm 1", AreaLevel.VILLAGE, "17161");
        fixture.given(village).when(new MoveArea("17161-01", "17160", JULY_FIRST, "1686/NQ"))
                .expectEvents(new AreaMoved("17161-01", "17161", "17160", JULY_FIRST, "1686/NQ"));
        fixture.given(village, new AreaMoved("17161-01", "17161", "17160", JULY_FIRST, "1686/NQ"))
                .when(new MoveArea("17161-01", "17160", JULY_FIRST, "1686/NQ"))
                .expectNoEvents().expectSuccessfulHandlerExecution();
    }

    @Test
    void givenAClosedCommune_whenAVillageIsRegisteredUnderIt_thenAreaClosed() {
        know("17163", AreaLevel.COMMUNE, "40", true);
        fixture.givenNoPriorActivity()
                .when(new RegisterArea("17163-09", "Xóm 9", AreaLevel.VILLAGE, "17163"))
                .expectNoEvents()
                .expectException(refusal("AREA_CLOSED"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "17160-01=17171;17160-02=17172, ALLOWED",
            "17160-01=17171, SPLIT_INCOMPLETE",
            "17160-01=17171;17160-02=17173, SPLIT_INCOMPLETE",
            "17160-01=17171;17160-02=17172;17161-01=17172, SPLIT_INCOMPLETE"})
    void givenACommuneWithTwoVillages_whenSplit_thenEveryVillageGoesToASuccessor(String assignments, String expected) {
        know("17171", AreaLevel.COMMUNE, "40", false);
        know("17172", AreaLevel.COMMUNE, "40", false);
        know("17160-01", AreaLevel.VILLAGE, "17160", false);
        know("17160-02", AreaLevel.VILLAGE, "17160", false);
        know("17160-03", AreaLevel.VILLAGE, "17160", true); // merged earlier: not to be placed
        know("17161-01", AreaLevel.VILLAGE, "17161", false);
        Map<String, String> assigned = new java.util.TreeMap<>();
        for (String pair : assignments.split(";")) {
            assigned.put(pair.split("=")[0], pair.split("=")[1]);
        }
        var when = fixture.given(COMMUNE).when(new SplitArea("17160", null, List.of("17171", "17172"), assigned, JULY_FIRST, "9/NQ"));
        if (expected.equals("ALLOWED")) {
            when.expectEvents(new AreaSplit("17160", List.of("17171", "17172"), assigned, JULY_FIRST, "9/NQ"));
        } else {
            when.expectNoEvents().expectException(refusal(expected));
        }
    }

    @Test
    void givenASplitArea_whenRenamed_thenAreaClosed() {
        fixture.given(COMMUNE, new AreaSplit("17160", List.of("17171", "17172"), Map.of(), JULY_FIRST, "9/NQ"))
                .when(new RenameArea("17160", null, "Tên mới", JULY_FIRST, "2/NQ"))
                .expectNoEvents()
                .expectException(refusal("AREA_CLOSED"));
    }

    private static org.hamcrest.Matcher<?> refusal(String code) {
        return Matchers.predicate(e -> e instanceof Refusal r && r.code().equals(code));
    }
}
