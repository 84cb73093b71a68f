package vn.pcmt.assessment.domain;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.assessment.domain.command.CompleteTransformation;
import vn.pcmt.assessment.domain.command.RecordRelapse;
import vn.pcmt.assessment.domain.command.SelectForTransformation;
import vn.pcmt.assessment.domain.event.AreaTransformed;
import vn.pcmt.assessment.domain.event.TransformationRelapsed;
import vn.pcmt.assessment.domain.event.TransformationSelected;
import vn.pcmt.platform.problem.Refusal;

class TransformationTest {

    private static final String ID = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
    private static final LocalDate SELECTED_ON = LocalDate.of(2026, 2, 10);
    private static final TransformationSelected SELECTED = new TransformationSelected(ID, "14650", SELECTED_ON, "5/QĐ-BCĐ", "TYPE_II");
    private static final AreaTransformed TRANSFORMED = new AreaTransformed(ID, "14650", LocalDate.of(2026, 9, 1), "9/QĐ-BCĐ");

    private final AggregateTestFixture<Transformation> fixture = new AggregateTestFixture<>(Transformation.class);

    @ParameterizedTest(name = "type {0} on selection → allowed {1}")
    @CsvSource({"TYPE_I, true", "TYPE_II, true", "TYPE_III, true", "NONE, false"})
    void givenACommune_whenSelected_thenOnlyAKeyAreaWithItsTypeAsBaseline(String type, boolean allowed) {
        var when = fixture.givenNoPriorActivity()
                .when(new SelectForTransformation(ID, "14650", SELECTED_ON, " 5/QĐ-BCĐ ", type));
        if (allowed) {
            when.expectEvents(new TransformationSelected(ID, "14650", SELECTED_ON, "5/QĐ-BCĐ", type));
        } else {
            when.expectNoEvents().expectException(refusal("NOT_A_KEY_AREA"));
        }
    }

    @ParameterizedTest(name = "type {0} on {1} → {2}")
    @CsvSource({"NONE, 2026-02-10, ALLOWED", "NONE, 2026-02-09, DATE_ORDER", "TYPE_III, 2026-09-01, STILL_KEY_AREA"})
    void givenASelectedCommune_whenTransformed_thenOnlyOnceItsFactsMakeItNoKeyArea(String type, LocalDate on, String expected) {
        var when = fixture.given(SELECTED).when(new CompleteTransformation(ID, null, on, "9/QĐ-BCĐ", type));
        if (expected.equals("ALLOWED")) {
            when.expectEvents(new AreaTransformed(ID, "14650", on, "9/QĐ-BCĐ"));
        } else {
            when.expectNoEvents().expectException(refusal(expected));
        }
    }

    @ParameterizedTest(name = "type {0} on {1} → {2}")
    @CsvSource({"TYPE_III, 2026-09-01, ALLOWED", "TYPE_III, 2026-08-31, DATE_ORDER", "NONE, 2026-10-01, NOT_RELAPSED"})
    void givenATransformedCommune_whenRelapsed_thenOnlyWhenItsFactsMakeItAKeyArea(String type, LocalDate on, String expected) {
        var when = fixture.given(SELECTED, TRANSFORMED).when(new RecordRelapse(ID, null, on, type, " Tụ điểm tái hình thành "));
        if (expected.equals("ALLOWED")) {
            when.expectEvents(new TransformationRelapsed(ID, "14650", on, type, "Tụ điểm tái hình thành"));
        } else {
            when.expectNoEvents().expectException(refusal(expected));
        }
    }

    @Test
    void givenASelectedCommune_whenRelapsed_thenItMustHaveBeenTransformedFirst() {
        fixture.given(SELECTED)
                .when(new RecordRelapse(ID, null, LocalDate.of(2026, 9, 1), "TYPE_II", "x"))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    @Test
    void givenATransformedCommune_whenTransformedAgain_thenRefused() {
        fixture.given(SELECTED, TRANSFORMED)
                .when(new CompleteTransformation(ID, null, LocalDate.of(2026, 10, 1), "10/QĐ", "NONE"))
                .expectNoEvents()
                .expectException(refusal("TRANSITION_NOT_ALLOWED"));
    }

    private static Matcher<?> refusal(String code) {
        return Matchers.predicate(e -> e instanceof Refusal r && r.code().equals(code));
    }
}
