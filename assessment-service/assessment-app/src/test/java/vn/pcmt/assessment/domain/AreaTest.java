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
import vn.pcmt.assessment.domain.command.RecordAreaFacts;
import vn.pcmt.assessment.domain.command.RegisterArea;
import vn.pcmt.assessment.domain.command.SetSchedule;
import vn.pcmt.assessment.domain.event.AreaFactsRecorded;
import vn.pcmt.assessment.domain.event.AreaRegistered;
import vn.pcmt.assessment.domain.event.ScheduleSet;
import vn.pcmt.platform.problem.Refusal;

class AreaTest {

    private final Map<String, AreaLevel> known = new HashMap<>();
    private AggregateTestFixture<Area> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Area.class);
        fixture.registerInjectableResource((AreaDirectory) code -> Optional.ofNullable(known.get(code)));
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
        known.put("40", AreaLevel.PROVINCE);
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
        known.put("40", AreaLevel.PROVINCE);
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
        known.put("40", AreaLevel.PROVINCE);
        fixture.givenNoPriorActivity()
                .when(new RegisterArea("42", "Hà Tĩnh", AreaLevel.PROVINCE, "40"))
                .expectNoEvents()
                .expectException(Refusal.class);
    }

    @Test
    void givenKnownCode_whenRegisterAgain_thenRefusedAsDuplicate() {
        known.put("40", AreaLevel.PROVINCE);
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
}
