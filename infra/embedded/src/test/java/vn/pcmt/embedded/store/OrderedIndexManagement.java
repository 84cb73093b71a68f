package vn.pcmt.embedded.store;

import static com.mongodb.client.model.Filters.*;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import com.mongodb.MongoException;
import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;

/** index management round trips: drop index, drop/rename collection, failing unique build, parallel arrays */
final class OrderedIndexManagement {

    static void run() throws Exception {
        Path file = Files.createTempFile("misc", ".mv");
        Files.delete(file);
        for (MongoBackend backend : List.of(new IndexedMemoryBackend(), new IndexedH2Backend(file.toString()))) {
            MongoServer server = new MongoServer(backend);
            InetSocketAddress address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
                MongoCollection<Document> c = client.getDatabase("db").getCollection("c");
                for (int i = 0; i < 100; i++) {
                    c.insertOne(new Document("_id", i).append("x", i % 10).append("y", i));
                }
                c.createIndex(Indexes.ascending("x", "y"), new IndexOptions().name("x_y"));
                check(c.find(and(eq("x", 3), gte("y", 50))).sort(Sorts.ascending("y")).into(new ArrayList<>()).size() == 5, "x_y query");
                try {
                    c.createIndex(Indexes.ascending("x"), new IndexOptions().unique(true).name("x_unique"));
                    check(false, "unique build must fail");
                } catch (MongoException e) {
                    System.out.println("  expected unique build failure: " + e.getCode());
                }
                c.createIndex(Indexes.ascending("a", "b"), new IndexOptions().name("a_b"));
                try {
                    c.insertOne(new Document("_id", 1000).append("a", List.of(1, 2)).append("b", List.of(3, 4)));
                    check(false, "parallel arrays must fail");
                } catch (MongoException e) {
                    System.out.println("  expected parallel arrays failure: " + e.getCode() + " " + e.getMessage());
                }
                check(c.countDocuments() == 100, "count after failed insert");
                c.dropIndex("x_y");
                check(c.find(and(eq("x", 3), gte("y", 50))).into(new ArrayList<>()).size() == 5, "query after drop");
                c.createIndex(Indexes.descending("y"), new IndexOptions().unique(true).name("y_desc"));
                List<Document> top = c.find(gt("y", 90)).sort(Sorts.descending("y")).limit(3).into(new ArrayList<>());
                check(top.get(0).getInteger("y") == 99 && top.size() == 3, "desc unique index " + top);
                c.renameCollection(new MongoNamespace("db", "c2"));
                MongoCollection<Document> c2 = client.getDatabase("db").getCollection("c2");
                check(c2.find(gt("y", 90)).sort(Sorts.descending("y")).limit(3).into(new ArrayList<>()).size() == 3, "after rename");
                c2.deleteMany(lt("y", 50));
                check(c2.find(gte("y", 0)).sort(Sorts.ascending("y")).first().getInteger("y") == 50, "after deleteMany");
                c2.drop();
                client.getDatabase("db").getCollection("c2").insertOne(new Document("y", 1));
                client.getDatabase("db").getCollection("c2").createIndex(Indexes.ascending("y"));
                check(client.getDatabase("db").getCollection("c2").find(gte("y", 0)).into(new ArrayList<>()).size() == 1, "after drop + recreate");
                // failed unique build leaves partial content in the index store; a later build must start from scratch
                MongoCollection<Document> d = client.getDatabase("db").getCollection("d");
                for (int i = 0; i < 10; i++) {
                    d.insertOne(new Document("_id", i).append("v", i));
                }
                d.insertOne(new Document("_id", -1).append("v", 5)); // first in _id order: partial build contains a stale key
                try {
                    d.createIndex(Indexes.ascending("v"), new IndexOptions().unique(true).name("v_unique"));
                    check(false, "unique build must fail");
                } catch (MongoException e) {
                    System.out.println("  expected unique build failure: " + e.getCode());
                }
                d.deleteOne(eq("_id", -1));
                d.createIndex(Indexes.ascending("v"), new IndexOptions().unique(true).name("v_unique"));
                List<Document> all = d.find(gte("v", 0)).sort(Sorts.ascending("v")).into(new ArrayList<>());
                check(all.size() == 10, "rebuilt unique index must be complete: " + all);
                client.getDatabase("db").drop();
                System.out.println(backend.getClass().getSimpleName() + ": OK");
            }
            server.shutdownNow();
        }
        Files.deleteIfExists(file);
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
