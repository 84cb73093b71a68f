package vn.pcmt.assessment.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CaseCountsTest {

    @Test
    void givenTwoCommunesCounts_whenAdded_thenEveryCountIsTheSum() {
        CaseCounts first = new CaseCounts(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, new BigDecimal("1.5"), 11);
        CaseCounts second = new CaseCounts(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, new BigDecimal("2.25"), 110);

        assertThat(first.plus(second)).isEqualTo(new CaseCounts(11, 22, 33, 44, 55, 66, 77, 88, 99, 110, new BigDecimal("3.75"), 121));
        assertThat(CaseCounts.NONE.plus(first)).isEqualTo(first);
    }
}
