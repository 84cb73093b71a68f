package vn.pcmt.embedded.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ordered indexes change speed, never answers: the same random writes and queries give identical results, in
 * the same order, on the stock and the indexed backends (memory and file, also after reopening the file).
 */
class OrderedIndexTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {42, 7, 2026})
    void givenRandomWritesAndQueries_whenRunOnStockAndIndexedBackends_thenIdenticalResults(long seed) throws Exception {
        OrderedIndexDifferential.run(seed, 1500);
    }

    @Test
    void givenIndexManagement_whenDroppedRenamedOrFailingUniqueBuild_thenIndexesStayConsistent() throws Exception {
        OrderedIndexManagement.run();
    }
}
