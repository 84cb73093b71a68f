package vn.pcmt.reporting.query.areadirectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaDirectoryDocumentTest {

    /** A village of commune 21000, moved under 21001 from 1/7/2026 and under 21002 from 1/1/2027, closed on 1/7/2027. */
    static final AreaDirectoryDocument VILLAGE = AreaDirectoryDocument.registered("21000-01", "Thôn 1", "VILLAGE", "21000")
            .movedUnder("21001", LocalDate.of(2026, 7, 1)).movedUnder("21002", LocalDate.of(2027, 1, 1)).closed(LocalDate.of(2027, 7, 1));

    @ParameterizedTest(name = "on {0}: under {1}, open {2}")
    @CsvSource({
            "2020-01-01, 21000, true",
            "2026-06-30, 21000, true",
            "2026-07-01, 21001, true",
            "2026-12-31, 21001, true",
            "2027-01-01, 21002, true",
            "2027-06-30, 21002, true",
            "2027-07-01, 21002, false",
    })
    void givenMovesAndAClosure_whenAskedOfADay_thenTheParentAndStandingOfThatDay(LocalDate day, String parent, boolean open) {
        assertThat(VILLAGE.parentOn(day)).isEqualTo(parent);
        assertThat(VILLAGE.openOn(day)).isEqualTo(open);
    }

    @Test
    void givenMoves_whenKept_thenItsParentTodayIsTheLastAndEveryParentIsRemembered() {
        assertThat(VILLAGE.parentCode()).isEqualTo("21002");
        assertThat(VILLAGE.parents()).extracting(AreaDirectoryDocument.Parent::code).containsExactly("21000", "21001", "21002");
        assertThat(VILLAGE.open()).isFalse();
        assertThat(VILLAGE.renamed("Thôn Một").parents()).isEqualTo(VILLAGE.parents());
    }

    @Test
    void givenADocumentKeptBeforeParentsWereDated_whenRead_thenItsParentTodaySinceAlways() {
        AreaDirectoryDocument kept = new AreaDirectoryDocument("19000", "Xã", "COMMUNE", "44", null, null);

        assertThat(kept.parents()).isEqualTo(List.of(new AreaDirectoryDocument.Parent("44", null)));
        assertThat(kept.parentOn(LocalDate.of(1990, 1, 1))).isEqualTo("44");
        assertThat(new AreaDirectoryDocument("44", "Tỉnh", "PROVINCE", null, null, null).parentOn(LocalDate.of(2026, 1, 1))).isNull();
    }
}
