package vn.pcmt.reporting.query.subjectstatistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.pcmt.reporting.domain.statistics.SubjectEntry;

class SubjectHistoriesTest {

    /** Every kind of entry comes back as it was stored, and the same entry always makes the same document. */
    @ParameterizedTest
    @EnumSource(SubjectEntry.Kind.class)
    void givenAnEntry_whenStoredAndRead_thenTheSameEntryAndTheSameDocumentEachTime(SubjectEntry.Kind kind) {
        SubjectEntry entry = new SubjectEntry("s-1", 7, kind, LocalDate.of(2026, 5, 1), Instant.parse("2026-05-02T03:04:05.678Z"), "17167",
                "17167", "17167-02", "ADDICT", "FEMALE", 1990, "t-1", "POSITIVE", kind == SubjectEntry.Kind.RETRACTED ? List.of(3L, 4L) : null);

        assertThat(SubjectHistories.entry("s-1", SubjectHistories.document(entry))).isEqualTo(entry);
        assertThat(SubjectHistories.document(entry).toJson()).isEqualTo(SubjectHistories.document(entry).toJson());
    }
}
