package vn.pcmt.embedded.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file kept by the stock H2 backend (documents in Java serialization) opens in the indexed one, which keeps
 * documents as BSON: everything reads as it was, a change is kept in the new form, and both read back after reopening.
 */
class DocumentCodecIT {

    @TempDir
    Path folder;

    @Test
    void givenAFileOfTheStockBackend_whenOpenedChangedAndReopened_thenEveryDocumentReadsTheSame() throws Exception {
        Path file = folder.resolve("store.mv");
        List<Document> written = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            written.add(new Document("_id", "s-" + i).append("seq", (long) i).append("n", i).append("ratio", i / 3.0)
                    .append("when", new java.util.Date(1_796_000_000_000L + i)).append("bytes", new Binary(new byte[] {(byte) i, 1}))
                    .append("entries", List.of(new Document("version", 1L).append("kind", "REGISTERED"), new Document("version", 2L)))
                    .append("areas", List.of("17167", "17170-" + i % 7)).append("none", null));
        }
        withServer(new H2Backend(file.toString()), events -> {
            events.createIndex(Indexes.ascending("areas"));
            events.insertMany(written);
        });

        withServer(new IndexedH2Backend(file), events -> {
            assertThat(events.find().sort(new Document("seq", 1)).into(new ArrayList<>())).isEqualTo(written); // read as kept
            assertThat(events.countDocuments(Filters.eq("areas", "17170-3"))).isEqualTo(29);
            assertThat(events.find(Filters.eq("_id", "s-150")).first()).isEqualTo(written.get(150)); // by the _id index, built anew
            assertThat(events.find(Filters.and(Filters.eq("_id", "s-150"), Filters.gte("seq", 150L))).first()).isEqualTo(written.get(150));
            events.updateOne(Filters.eq("_id", "s-5"), Updates.push("entries", new Document("version", 3L))); // kept as BSON
            events.insertOne(new Document("_id", "new").append("seq", 1000L));
        });
        List<Document> entries = new ArrayList<>(written.get(5).getList("entries", Document.class));
        entries.add(new Document("version", 3L));
        written.get(5).put("entries", entries);
        written.add(new Document("_id", "new").append("seq", 1000L));

        withServer(new IndexedH2Backend(file), events -> {
            assertThat(events.find().sort(new Document("seq", 1)).into(new ArrayList<>())).isEqualTo(written);
            assertThat(events.countDocuments(Filters.eq("areas", "17170-3"))).isEqualTo(29);
            assertThat(events.find(Filters.eq("_id", "s-5")).first()).isEqualTo(written.get(5));
            assertThat(events.find(Filters.eq("_id", "new")).first()).isEqualTo(written.getLast());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> events.insertOne(new Document("_id", "s-7")))
                    .isInstanceOf(com.mongodb.MongoWriteException.class); // the _id index holds every document: a duplicate is refused
        });
        assertThat(Files.size(file)).isPositive();
    }

    private interface Work {
        void on(MongoCollection<Document> events) throws Exception;
    }

    private static void withServer(MongoBackend backend, Work work) throws Exception {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            work.on(client.getDatabase("db").getCollection("events"));
        } finally {
            server.shutdownNow();
        }
    }
}
