package vn.pcmt.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransformationProgressTest {

    @ParameterizedTest(name = "{0} selected, {1} transformed and holding, {2} relapsed → 60% {3}, 85% {4}")
    @CsvSource(nullValues = "null", value = {
            "5, 3, 0, true, true",      // 3/5 = 60%: met exactly
            "5, 2, 0, false, true",     // 2/5 = 40%
            "20, 17, 3, true, true",    // 20 transformed, 17 not relapsed = 85%: met exactly
            "20, 16, 4, true, false",   // 16/20 = 80%
            "0, 0, 0, null, null",      // nothing selected: nothing to measure
            "4, 0, 0, false, null"})    // none transformed: no relapse to measure
    void givenSelectedAreas_whenMeasured_thenTheTargetsOnBothSides(int selected, int transformed, int relapsed, Boolean transformedMet,
                                                                   Boolean notRelapsingMet) {
        List<TransformationStage> stages = new ArrayList<>();
        stages.addAll(Collections.nCopies(transformed, TransformationStage.TRANSFORMED));
        stages.addAll(Collections.nCopies(relapsed, TransformationStage.RELAPSED));
        stages.addAll(Collections.nCopies(selected - transformed - relapsed, TransformationStage.SELECTED));

        TransformationProgress progress = TransformationProgress.of(stages);

        assertThat(progress.selected()).isEqualTo(selected);
        assertThat(progress.transformed()).isEqualTo(transformed + relapsed);
        assertThat(progress.relapsed()).isEqualTo(relapsed);
        assertThat(progress.transformedMet()).isEqualTo(transformedMet);
        assertThat(progress.notRelapsingMet()).isEqualTo(notRelapsingMet);
    }
}
