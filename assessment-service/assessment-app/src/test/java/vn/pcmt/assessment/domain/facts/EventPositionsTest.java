package vn.pcmt.assessment.domain.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class EventPositionsTest {

    private static final EventPositions READ = EventPositions.highestOf(Arrays.asList(
            new EventPosition("pcmt.registry.v1", 0, 40), new EventPosition("pcmt.registry.v1", 0, 42),
            new EventPosition("pcmt.registry.v1", 1, 7), EventPosition.ofAggregate("17167", 3), null));

    @Test
    void givenPositionsRead_whenListed_thenTheHighestOfEachStreamInOrder() {
        assertThat(READ.list()).containsExactly(EventPosition.ofAggregate("17167", 3), new EventPosition("pcmt.registry.v1", 0, 42),
                new EventPosition("pcmt.registry.v1", 1, 7));
    }

    @Test
    void givenPositionsRead_whenAFactIsAtOrBelowTheHighest_thenItWasKnown() {
        assertThat(READ.includes(new EventPosition("pcmt.registry.v1", 0, 42))).isTrue();
        assertThat(READ.includes(new EventPosition("pcmt.registry.v1", 0, 43))).isFalse();
        assertThat(READ.includes(new EventPosition("pcmt.registry.v1", 1, 0))).isTrue();
    }

    @Test
    void givenPositionsRead_whenAFactIsInAStreamNeverRead_thenItWasNotKnown() {
        assertThat(READ.includes(new EventPosition("pcmt.registry.v1", 2, 0))).isFalse();
        assertThat(READ.includes(new EventPosition("pcmt.cases.v1", 0, 0))).isFalse();
        assertThat(READ.ofAggregate("17167:2026")).isEmpty();
        assertThat(READ.ofAggregate("17167")).contains(EventPosition.ofAggregate("17167", 3));
    }

    @Test
    void givenAFactKeptBeforePositionsWere_whenAsked_thenAlwaysKnown() {
        assertThat(READ.includes(null)).isTrue();
        assertThat(EventPositions.highestOf(List.of()).includes(null)).isTrue();
    }
}
