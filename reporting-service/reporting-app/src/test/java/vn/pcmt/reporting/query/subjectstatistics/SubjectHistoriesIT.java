package vn.pcmt.reporting.query.subjectstatistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.reporting.domain.statistics.SubjectEntry;
import vn.pcmt.reporting.query.subjectresidence.ProjectionVersions;

/** A history takes each entry once however often its poll comes, and reads each version once. */
@ExtendWith(InfrastructureExtension.class)
@DirtiesContext // closed while the broker and the store still run: its consumers stop cleanly, not at JVM exit
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubjectHistoriesIT {

    static final String COMMUNE = "48900";

    @Autowired
    SubjectHistories histories;
    @Autowired
    ProjectionVersions versions;
    @Autowired
    MongoTemplate mongo;

    @Test
    void givenAPollDeliveredAgainWholeOrInPart_whenAppended_thenEachEntryKeptOnce() {
        int version = versions.current().active();
        histories.append(version, additions("h-1", 0, 2));
        histories.append(version, additions("h-1", 0, 2)); // the same poll again
        histories.append(version, additions("h-1", 2, 3)); // a poll that began with one appended already

        Document stored = mongo.findById("h-1", Document.class, ProjectionVersions.historyCollection(version));
        assertThat(stored.getList("entries", Document.class)).extracting(entry -> entry.get("version")).containsExactly(0L, 1L, 2L, 3L);
        assertThat(((Number) stored.get("applied")).longValue()).isEqualTo(3);
        assertThat(read("h-1")).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void givenAHistoryKeptBeforeTheLatestVersionWasMarked_whenAppended_thenReadOnceAVersion() {
        int version = versions.current().active();
        mongo.insert(new Document("_id", "h-2").append("entries", List.of(SubjectHistories.document(entry("h-2", 0))))
                .append("areas", List.of(COMMUNE)), ProjectionVersions.historyCollection(version));

        histories.append(version, additions("h-2", 0, 1)); // the first entry again, with the next

        assertThat(read("h-2")).containsExactly(0L, 1L);
        histories.append(version, additions("h-2", 0, 1));
        assertThat(mongo.findById("h-2", Document.class, ProjectionVersions.historyCollection(version)).getList("entries", Document.class))
                .hasSize(3); // the copy appended once, before the mark; read once
    }

    private List<Long> read(String subjectId) {
        List<Long> versionsRead = new ArrayList<>();
        histories.forEachRecordedIn(Set.of(COMMUNE), null, history -> {
            if (history.getFirst().subjectId().equals(subjectId)) {
                history.forEach(entry -> versionsRead.add(entry.version()));
            }
        });
        return versionsRead;
    }

    private static List<SubjectHistories.Addition> additions(String subjectId, long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(v -> new SubjectHistories.Addition(subjectId, v,
                SubjectHistories.document(entry(subjectId, v)), COMMUNE)).toList();
    }

    private static SubjectEntry entry(String subjectId, long version) {
        return new SubjectEntry(subjectId, version, version == 0 ? SubjectEntry.Kind.REGISTERED : SubjectEntry.Kind.TESTED,
                LocalDate.of(2026, 3, 1).plusDays(version), Instant.parse("2026-03-01T00:00:00Z").plusSeconds(version), COMMUNE, COMMUNE,
                COMMUNE + "-01", "ADDICT", "MALE", 1990, version == 0 ? null : "t-" + version, version == 0 ? null : "NEGATIVE", null);
    }
}
