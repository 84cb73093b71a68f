package vn.pcmt.reporting.query.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymsTest {

    @TempDir
    static Path keys;

    @Test
    void givenAnId_whenPseudonymised_thenStableUnderTheSameKeyAndUnlikeTheIdOrAnotherKeys() {
        Pseudonyms one = new Pseudonyms(keys.resolve("a.key"));
        Pseudonyms again = new Pseudonyms(keys.resolve("a.key"));
        Pseudonyms other = new Pseudonyms(keys.resolve("b.key"));
        String id = "5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";

        assertThat(one.of(id)).isEqualTo(again.of(id)).matches("p[0-9a-f]{24}").doesNotContain("5b4a3c2d");
        assertThat(one.of(id)).isNotEqualTo(one.of("6b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d")).isNotEqualTo(other.of(id));
    }

    @Test
    void givenAPayload_whenPseudonymised_thenEveryIdAtAnyDepthReplacedAndTheRestKept() {
        Pseudonyms pseudonyms = new Pseudonyms(keys.resolve("c.key"));
        Document payload = new Document("subjectId", "s-1").append("category", "ADDICT").append("residence",
                        new Document("communeCode", "17167").append("villageCode", "17167-02"))
                .append("persons", List.of(new Document("personId", "p-1").append("subjectId", "s-2")))
                .append("handlerIds", List.of("u-1", "u-2"));

        Document out = pseudonyms.pseudonymised(payload);

        assertThat(out.getString("subjectId")).isEqualTo(pseudonyms.of("s-1"));
        assertThat(out.getString("category")).isEqualTo("ADDICT");
        assertThat(out.get("residence", Document.class).getString("villageCode")).isEqualTo("17167-02");
        assertThat(out.getList("persons", Document.class).getFirst().getString("subjectId")).isEqualTo(pseudonyms.of("s-2"));
        assertThat(out.getList("handlerIds", String.class)).containsExactly(pseudonyms.of("u-1"), pseudonyms.of("u-2"));
        assertThat(out.toJson()).doesNotContain("\"s-1\"").doesNotContain("\"p-1\"").doesNotContain("\"u-2\"");
    }
}
