package vn.pcmt.assessment.domain;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.assessment.domain.command.RegisterDrugFreeArea;
import vn.pcmt.assessment.domain.event.DrugFreeAreaRegistered;
import vn.pcmt.platform.problem.Refusal;

class DrugFreeRegistrationTest {

    private final AggregateTestFixture<DrugFreeRegistration> fixture = new AggregateTestFixture<>(DrugFreeRegistration.class);

    @ParameterizedTest(name = "registered {0} for 2026 → {1}")
    @CsvSource({"2024-12-14, REGISTRATION_EARLY", "2024-12-15, ALLOWED", "2026-01-05, ALLOWED", "2026-12-14, ALLOWED",
            "2026-12-15, REGISTRATION_LATE"})
    void givenRegistrationDay_whenRegistered_thenWithinTheYearOrTheOneBefore(LocalDate on, String expected) {
        var when = fixture.givenNoPriorActivity()
                .when(new RegisterDrugFreeArea("17167-02:2026", "17167-02", 2026, RegistrationKind.BUILD, on, 4));
        if (expected.equals("ALLOWED")) {
            when.expectEvents(new DrugFreeAreaRegistered("17167-02:2026", "17167-02", 2026, RegistrationKind.BUILD, on, 4));
        } else {
            when.expectNoEvents().expectException(Matchers.predicate(e -> e instanceof Refusal r && r.code().equals(expected)));
        }
    }
}
