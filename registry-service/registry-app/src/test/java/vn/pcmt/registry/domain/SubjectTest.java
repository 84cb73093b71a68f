package vn.pcmt.registry.domain;

import static vn.pcmt.registry.domain.Subjects.COMMUNE;
import static vn.pcmt.registry.domain.Subjects.VILLAGE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.registry.domain.command.RegisterSubject;

class SubjectTest {

    private final Map<String, String> villages = new HashMap<>(Map.of(VILLAGE, COMMUNE, "32000-01", "32000"));
    private final Map<String, String> nationalIds = new HashMap<>();
    private AggregateTestFixture<Subject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subject.class);
        fixture.registerInjectableResource((AreaDirectory) village -> Optional.ofNullable(villages.get(village)));
        fixture.registerInjectableResource((SubjectIndex) (id, subject) -> Optional.ofNullable(nationalIds.putIfAbsent(id, subject)));
    }

    @Test
    void givenKnownVillage_whenRegisterSubject_thenSubjectRegistered() {
        RegisterSubject command = Subjects.registerSuspected("s-1");
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(Subjects.registered(command));
    }

    @Test
    void givenUnknownVillage_whenRegisterSubject_thenRefusedAsAreaUnknown() {
        RegisterSubject command = withResidence(Subjects.registerSuspected("s-2"), new Residence(COMMUNE, "31000-99", null));
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(Refusal.class)
                .expectExceptionMessage("Không có thôn/xóm mã 31000-99 trong danh mục địa bàn.");
    }

    @Test
    void givenVillageOfAnotherCommune_whenRegisterSubject_thenRefused() {
        RegisterSubject command = withResidence(Subjects.registerSuspected("s-3"), new Residence(COMMUNE, "32000-01", null));
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(Refusal.class)
                .expectExceptionMessage("Thôn/xóm 32000-01 không thuộc xã 31000.");
    }

    @Test
    void givenNationalIdOnRecord_whenRegisterSubject_thenRefusedAsDuplicate() {
        nationalIds.put("031095001234", "s-0");
        fixture.givenNoPriorActivity()
                .when(Subjects.registerSuspected("s-4"))
                .expectNoEvents()
                .expectException(Refusal.class)
                .expectExceptionMessage("Đã có đối tượng với số CCCD này (mã s-0).");
    }

    @Test
    void givenFoundBeforeBirth_whenRegisterSubject_thenRefused() {
        RegisterSubject valid = Subjects.registerSuspected("s-5");
        RegisterSubject command = new RegisterSubject(valid.subjectId(), valid.fullName(), LocalDate.of(2026, 4, 3),
                valid.sex(), null, valid.residence(), valid.category(), valid.foundBy(), LocalDate.of(2026, 4, 2));
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(Refusal.class);
    }

    @Test
    void givenFoundOnBirthday_whenRegisterSubject_thenRegistered() {
        RegisterSubject valid = Subjects.registerSuspected("s-6");
        RegisterSubject command = new RegisterSubject(valid.subjectId(), valid.fullName(), LocalDate.of(2026, 4, 2),
                valid.sex(), null, valid.residence(), valid.category(), valid.foundBy(), LocalDate.of(2026, 4, 2));
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(Subjects.registered(command));
    }

    private static RegisterSubject withResidence(RegisterSubject c, Residence residence) {
        return new RegisterSubject(c.subjectId(), c.fullName(), c.dateOfBirth(), c.sex(), c.nationalId(), residence,
                c.category(), c.foundBy(), c.foundOn());
    }
}
