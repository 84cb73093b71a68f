package vn.pcmt.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Progress against a target, compared exactly on both sides. */
class ProgressTest {

    @ParameterizedTest(name = "{0} of {1} recognised, target {2}% → met {3}")
    @CsvSource({"17, 42, 40, true", "16, 42, 40, false", "2, 5, 40, true", "1, 5, 40, false", "0, 0, 40, false"})
    void givenRecognisedChildren_whenComparedToTheTarget_thenMetFromTheExactShare(int recognized, int children, int target, boolean met) {
        List<String> codes = IntStream.range(0, children).mapToObj(i -> "v" + i).toList();
        Set<String> thisYear = new HashSet<>(codes.subList(0, recognized));

        Progress progress = Progress.of("c", 2026, codes, thisYear, Set.of(), target);

        assertThat(progress.met()).isEqualTo(met);
        assertThat(progress.recognized()).hasSize(recognized);
    }

    @Test
    void givenLastYearsRecognitions_whenThisYearsCounted_thenKeptNewAndLostApart() {
        Progress progress = Progress.of("c", 2026, List.of("a", "b", "c", "d"), Set.of("a", "b", "c"), Set.of("a", "b", "d"), null);

        assertThat(progress.kept()).containsExactly("a", "b");
        assertThat(progress.fresh()).containsExactly("c");
        assertThat(progress.lost()).containsExactly("d");
        assertThat(progress.percent()).isEqualTo(75.0);
        assertThat(progress.met()).isNull(); // no target set
    }
}
