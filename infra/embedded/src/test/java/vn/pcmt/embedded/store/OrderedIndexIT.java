package vn.pcmt.embedded.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ordered indexes change speed, never answers: the same random writes and queries give identical results, in
 * the same order, on the stock and the indexed backends (memory and file, also after reopening the file).
 */
class OrderedIndexIT {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {42, 7, 2026})
    void givenRandomWritesAndQueries_whenRunOnStockAndIndexedBackends_thenIdenticalResults(long seed) throws Exception {
        OrderedIndexDifferential.run(seed, 1500);
    }

    /**
     * The stock server answers from a snapshot taken when the query starts; the index is read as the client asks,
     * so (like MongoDB itself) events appended meanwhile may follow, after everything the snapshot had.
     */
    @Test
    void givenIndexOrderedQueryReadInSmallBatches_whenWritesHappenBetweenBatches_thenStockResultThenLaterEventsInOrder() {
        MongoServer stock = new MongoServer(new MemoryBackend());
        InetSocketAddress stockAddress = stock.bind();
        try (EmbeddedStore indexed = EmbeddedStore.inMemory(0);
             MongoClient stockClient = MongoClients.create("mongodb://127.0.0.1:" + stockAddress.getPort());
             MongoClient indexedClient = MongoClients.create(indexed.connectionString())) {
            List<Document> fromStock = readInBatchesWhileAppending(stockClient.getDatabase("db").getCollection("events"));
            List<Document> fromIndexed = readInBatchesWhileAppending(indexedClient.getDatabase("db").getCollection("events"));

            assertThat(fromStock).hasSize(460);
            assertThat(fromIndexed.subList(0, fromStock.size())).isEqualTo(fromStock);
            assertThat(fromIndexed.subList(fromStock.size(), fromIndexed.size()))
                    .isNotEmpty()
                    .extracting(event -> event.getString("_id"))
                    .isSortedAccordingTo(java.util.Comparator.comparingInt(id -> Integer.parseInt(id.substring(1))))
                    .allMatch(id -> Integer.parseInt(id.substring(1)) >= 500);
        } finally {
            stock.shutdownNow();
        }
    }

    /** Like Axon's tracking fetch: events from a timestamp on, in (timestamp, sequence) order, 25 per batch. */
    private static List<Document> readInBatchesWhileAppending(MongoCollection<Document> events) {
        events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"), new IndexOptions().unique(true));
        events.createIndex(Indexes.ascending("timestamp", "sequenceNumber"));
        for (int i = 0; i < 500; i++) {
            events.insertOne(event(i));
        }
        List<Document> read = new ArrayList<>();
        int appended = 500;
        for (Document event : events.find(Filters.gte("timestamp", String.format("2026-05-04T00:%05d", 20)))
                .sort(Sorts.ascending("timestamp", "sequenceNumber")).batchSize(25)) {
            read.add(event);
            if (read.size() % 25 == 0) {
                events.insertOne(event(appended++));
            }
        }
        return read;
    }

    private static Document event(int i) {
        return new Document("_id", "e" + i).append("aggregateIdentifier", "a" + (i % 7)).append("sequenceNumber", i / 7)
                .append("timestamp", String.format("2026-05-04T00:%05d", i / 2));
    }

    @Test
    void givenIndexManagement_whenDroppedRenamedOrFailingUniqueBuild_thenIndexesStayConsistent() throws Exception {
        OrderedIndexManagement.run();
    }
}
