package vn.pcmt.assessment.domain;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.assessment.domain.command.ApproveClassification;
import vn.pcmt.assessment.domain.event.ClassificationApproved;
import vn.pcmt.assessment.domain.event.CommuneClassified;
import vn.pcmt.platform.problem.Refusal;

/** The province approves a classification after the period ends; before 20/12 it is on time. */
class ClassificationTest {

    private static final String ID = "17167:2025";
    private final AggregateTestFixture<Classification> fixture = new AggregateTestFixture<>(Classification.class);

    @ParameterizedTest(name = "approved {0} → {1}")
    @CsvSource({"2025-12-14, DATE_ORDER", "2025-12-15, ON_TIME", "2025-12-19, ON_TIME", "2025-12-20, LATE"})
    void givenClassification_whenApproved_thenAfterThePeriodAndLateFromTheTwentieth(LocalDate on, String expected) {
        var when = fixture.given(classified()).when(new ApproveClassification(ID, null, on, " 99/QĐ-UBND "));
        if (expected.equals("DATE_ORDER")) {
            when.expectNoEvents().expectException(Matchers.predicate(e -> e instanceof Refusal r && r.code().equals("DATE_ORDER")));
        } else {
            when.expectEvents(new ClassificationApproved(ID, "17167", 2025, "TYPE_II", on, "99/QĐ-UBND", expected.equals("LATE")));
        }
    }

    @Test
    void givenApproved_whenApprovedAgain_thenTransitionNotAllowed() {
        fixture.given(classified(), new ClassificationApproved(ID, "17167", 2025, "TYPE_II", LocalDate.of(2025, 12, 18), "99/QĐ", false))
                .when(new ApproveClassification(ID, null, LocalDate.of(2025, 12, 19), "100/QĐ"))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof Refusal r && r.code().equals("TRANSITION_NOT_ALLOWED")));
    }

    private static CommuneClassified classified() {
        return new CommuneClassified(ID, "17167", 2025, "TYPE_II", List.of());
    }
}
