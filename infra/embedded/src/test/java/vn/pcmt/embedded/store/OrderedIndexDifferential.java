package vn.pcmt.embedded.store;

import static com.mongodb.client.model.Filters.*;
import static com.mongodb.client.model.Sorts.*;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.ConnectionString;
import com.mongodb.MongoException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Randomized differential test: the same random writes and queries against the stock memory backend
 * (reference) and the indexed memory / indexed H2 backends; every query result must be identical
 * (same documents, same order). Finally the indexed H2 file store is reopened and re-checked.
 */
final class OrderedIndexDifferential {

    static final class Server {
        final String name;
        final MongoServer server;
        final MongoClient client;
        final MongoCollection<Document> c1; // scalar fields only
        final MongoCollection<Document> c2; // with arrays (multikey)

        Server(String name, MongoBackend backend) {
            this.name = name;
            this.server = new MongoServer(backend);
            InetSocketAddress address = server.bind();
            this.client = MongoClients.create(new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()));
            this.c1 = client.getDatabase("db").getCollection("c1");
            this.c2 = client.getDatabase("db").getCollection("c2");
        }

        void createIndexes() {
            for (MongoCollection<Document> c : List.of(c1, c2)) {
                c.createIndex(Indexes.ascending("k", "seq"), new IndexOptions().unique(true).name("k_seq"));
                c.createIndex(Indexes.ascending("t", "b"), new IndexOptions().name("t_b"));
                c.createIndex(Indexes.compoundIndex(Indexes.ascending("a"), Indexes.descending("b")), new IndexOptions().name("a_b"));
                c.createIndex(Indexes.ascending("s"), new IndexOptions().sparse(true).name("s_sparse"));
            }
        }

        void close() {
            client.close();
            server.shutdownNow();
        }
    }

    static int queries = 0;
    static long seed;

    /** Runs {@code ops} random operations from {@code seedValue}; throws AssertionError on the first difference. */
    static void run(long seedValue, int ops) throws Exception {
        seed = seedValue;
        queries = 0;
        Random random = new Random(seed);
        Path h2File = Files.createTempFile("idx-h2-", ".mv");
        Files.delete(h2File);

        Server reference = new Server("stock-memory", new MemoryBackend());
        Server stockH2 = new Server("stock-h2", H2Backend.inMemory());
        Server memory = new Server("indexed-memory", new IndexedMemoryBackend());
        Server h2 = new Server("indexed-h2-file", new IndexedH2Backend(h2File.toString()));
        // results are compared pairwise: indexed-memory vs stock-memory and indexed-h2 vs stock-h2 (the two stock
        // backends themselves differ in natural order, so e.g. deleteOne without sort may pick different documents)
        List<Server> servers = new ArrayList<>(List.of(reference, memory, stockH2, h2));

        // some documents before the indexes exist (index build path), the rest afterwards
        for (int i = 0; i < 150; i++) {
            Document doc = randomDoc(random, i, random.nextBoolean());
            doc.put("k", "k" + (i % 8));
            doc.put("seq", 100 + i / 8); // unique before the unique index exists
            forAll(servers, s -> insert(s, doc));
        }
        servers.forEach(Server::createIndexes);

        int nextId = 150;
        for (int op = 0; op < ops; op++) {
            int kind = random.nextInt(15);
            boolean arrays = random.nextBoolean();
            Function<Server, MongoCollection<Document>> coll = s -> arrays ? s.c2 : s.c1;
            switch (kind) {
                case 0, 1, 2, 12, 13, 14 -> {
                    Document doc = randomDoc(random, nextId++, arrays);
                    forAll(servers, s -> insertInto(coll.apply(s), doc));
                }
                case 3 -> {
                    Bson filter = eq("k", "k" + random.nextInt(8));
                    Bson update = new Document("$set", new Document("a", randomA(random, arrays)).append("t", randomT(random))).append("$inc", new Document("seq", 1));
                    forAll(servers, s -> tryWrite(() -> coll.apply(s).updateOne(filter, update).getModifiedCount()));
                }
                case 4 -> {
                    Bson filter = gte("a", random.nextInt(10));
                    Bson update = new Document("$set", new Document("t", randomT(random)).append("b", random.nextInt(6)));
                    forAll(servers, s -> tryWrite(() -> coll.apply(s).updateMany(filter, update).getModifiedCount()));
                }
                case 5 -> {
                    Bson filter = lt("t", randomT(random));
                    forAll(servers, s -> tryWrite(() -> coll.apply(s).deleteOne(filter).getDeletedCount()));
                }
                case 6 -> {
                    Bson filter = and(eq("a", random.nextInt(10)), gt("b", random.nextInt(6)));
                    forAll(servers, s -> tryWrite(() -> coll.apply(s).deleteMany(filter).getDeletedCount()));
                }
                case 7 -> {
                    int id = random.nextInt(nextId);
                    Document replacement = randomDoc(random, id, arrays);
                    replacement.remove("_id");
                    forAll(servers, s -> tryWrite(() -> coll.apply(s).replaceOne(eq("_id", id), replacement).getModifiedCount()));
                }
                case 8 -> {
                    Bson filter = and(eq("k", "k" + random.nextInt(8)), eq("seq", random.nextInt(30)));
                    Bson update = new Document("$set", new Document("a", randomA(random, arrays)).append("t", randomT(random)).append("b", random.nextInt(6)));
                    int id = nextId++;
                    Bson upd = new Document(update.toBsonDocument()).append("$setOnInsert", new Document("_id", id));
                    forAll(servers, s -> tryWrite(() -> coll.apply(s).updateOne(filter, upd, new UpdateOptions().upsert(true)).getModifiedCount()));
                }
                case 9 -> {
                    Bson filter = gt("t", randomT(random));
                    Bson update = new Document("$unset", new Document("b", "")).append("$set", new Document("s", random.nextInt(4)));
                    forAll(servers, s -> tryWrite(() -> coll.apply(s).findOneAndUpdate(filter, update,
                        new FindOneAndUpdateOptions().sort(ascending("t", "b")).returnDocument(ReturnDocument.AFTER))));
                }
                case 10 -> {
                    // a conditional write by _id: the _id plus a condition on another field (one that may be missing)
                    Bson filter = and(eq("_id", random.nextInt(nextId)), or(exists("b", false), lt("b", random.nextInt(6))));
                    Bson update = new Document("$set", new Document("b", random.nextInt(6)).append("t", randomT(random)));
                    forAll(servers, s -> tryWrite(() -> coll.apply(s).findOneAndUpdate(filter, update)));
                }
                default -> {
                    for (int q = 0; q < 3; q++) {
                        compareQuery(servers, random, arrays);
                    }
                }
            }
            if (op % 100 == 0) {
                for (int q = 0; q < 20; q++) {
                    compareQuery(servers, random, random.nextBoolean());
                }
            }
        }
        for (int q = 0; q < 300; q++) {
            compareQuery(servers, random, random.nextBoolean());
        }
        System.out.println("before reopen: " + queries + " queries identical on " + servers.size() + " servers; c1 count=" + reference.c1.countDocuments() + ", c2 count=" + reference.c2.countDocuments());

        // reopen the H2 file: ordered indexes must come back from their persisted MVMaps
        h2.close();
        Server reopened = new Server("indexed-h2-file-reopened", new IndexedH2Backend(h2File.toString()));
        servers.set(3, reopened);
        for (int q = 0; q < 400; q++) {
            compareQuery(servers, random, random.nextBoolean());
        }
        // keep writing after reopen
        for (int i = 0; i < 200; i++) {
            Document doc = randomDoc(random, nextId++, i % 2 == 0);
            boolean toC2 = i % 2 == 0;
            forAll(servers, s -> insertInto(toC2 ? s.c2 : s.c1, doc));
            Bson filter = eq("k", "k" + random.nextInt(8));
            Bson update = new Document("$set", new Document("t", randomT(random)));
            forAll(servers, s -> tryWrite(() -> s.c1.updateMany(filter, update).getModifiedCount()));
        }
        for (int q = 0; q < 400; q++) {
            compareQuery(servers, random, random.nextBoolean());
        }
        System.out.println("after reopen: " + queries + " queries identical; index list on reopened: "
            + reopened.c1.listIndexes().into(new ArrayList<>()).stream().map(d -> d.get("name")).toList());
        servers.forEach(Server::close);
        Files.deleteIfExists(h2File);
        System.out.println("OK seed=" + seed + ": " + queries + " queries identical");
    }

    static void forAll(List<Server> servers, Function<Server, Object> action) {
        Object expected = null;
        for (int i = 0; i < servers.size(); i++) {
            Object actual = action.apply(servers.get(i));
            if (i % 2 == 0) {
                expected = actual;
                continue;
            }
            if (!String.valueOf(expected).equals(String.valueOf(actual))) {
                throw new AssertionError("write result differs on " + servers.get(i).name + ": " + expected + " vs " + actual + " (seed " + seed + ")");
            }
        }
    }

    static Object insert(Server s, Document doc) {
        return insertInto(doc.getBoolean("_arrays", false) ? s.c2 : s.c1, doc);
    }

    static Object insertInto(MongoCollection<Document> c, Document doc) {
        return tryWrite(() -> {
            c.insertOne(new Document(doc));
            return "ok";
        });
    }

    interface Write {
        Object run();
    }

    static Object tryWrite(Write write) {
        try {
            return write.run();
        } catch (MongoException e) {
            return "error " + e.getCode();
        }
    }

    static Object randomA(Random random, boolean arrays) {
        int r = random.nextInt(20);
        if (r < 10) return random.nextInt(10);
        if (r < 12) return random.nextInt(10) + 0.5;
        if (r < 14) return "s" + random.nextInt(5);
        if (r < 15) return null;
        if (r < 16) return (long) random.nextInt(10);
        if (arrays && r < 19) {
            List<Object> list = new ArrayList<>();
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) list.add(random.nextInt(10));
            return list;
        }
        return random.nextInt(10);
    }

    static String randomT(Random random) {
        return String.format("2026-01-01T00:00:%02d.%03dZ", random.nextInt(60), random.nextInt(4) * 250);
    }

    static Document randomDoc(Random random, int id, boolean arrays) {
        Document doc = new Document("_id", id)
            .append("k", "k" + random.nextInt(8))
            .append("seq", random.nextInt(30))
            .append("t", randomT(random));
        if (random.nextInt(10) > 0) doc.append("a", randomA(random, arrays));
        if (random.nextInt(10) > 0) doc.append("b", random.nextInt(6));
        if (random.nextInt(3) == 0) doc.append("s", random.nextInt(4));
        if (arrays) doc.append("_arrays", true);
        return doc;
    }

    static void compareQuery(List<Server> servers, Random random, boolean arrays) {
        String k = "k" + random.nextInt(8);
        int seq = random.nextInt(30);
        String t = randomT(random);
        String t2 = randomT(random);
        Object a = randomA(random, false);
        int b = random.nextInt(6);
        int limit = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(10);
        int skip = random.nextInt(4) == 0 ? random.nextInt(5) : 0;
        Bson filter;
        Bson sort;
        switch (random.nextInt(16)) {
            case 0 -> { filter = and(eq("k", k), gte("seq", seq)); sort = ascending("seq"); }
            case 1 -> { filter = new Document("k", k).append("seq", new Document("$gte", seq)); sort = ascending("seq"); }
            case 2 -> { filter = new Document("k", k).append("seq", new Document("$gt", seq).append("$lte", seq + 10)); sort = descending("seq"); }
            case 3 -> { filter = gte("t", t); sort = ascending("t", "b"); }
            case 4 -> { filter = and(gt("t", t), lte("t", t2)); sort = descending("t", "b"); }
            case 5 -> { filter = gte("t", t); sort = ascending("t"); }
            case 6 -> { filter = eq("a", a); sort = descending("b"); }
            case 7 -> { filter = and(eq("a", a), lt("b", b)); sort = null; }
            case 8 -> { filter = gte("a", a); sort = null; }
            case 9 -> { filter = new Document(); sort = ascending("t", "b"); }
            case 10 -> { filter = gte("t", 5); sort = ascending("t", "b"); }
            case 11 -> { filter = and(eq("k", k), eq("seq", seq)); sort = null; }
            case 12 -> { filter = and(lt("a", a), gte("a", 2)); sort = ascending("a"); }
            case 13 -> { filter = and(gte("t", t), eq("b", b)); sort = ascending("t", "b"); }
            case 14 -> { filter = eq("s", random.nextInt(4)); sort = descending("b"); }
            default -> { filter = or(eq("k", k), gte("t", t)); sort = ascending("t", "b"); }
        }
        List<Object> expected = null;
        for (int i = 0; i < servers.size(); i++) {
            Server s = servers.get(i);
            MongoCollection<Document> c = arrays ? s.c2 : s.c1;
            FindIterable<Document> find = c.find(filter);
            if (sort != null) find.sort(sort);
            if (limit > 0) find.limit(limit);
            if (skip > 0) find.skip(skip);
            List<Object> result = new ArrayList<>(find.into(new ArrayList<>()));
            result.add("count=" + c.countDocuments(filter));
            if (i % 2 == 0) {
                expected = result;
            } else if (!expected.equals(result)) {
                throw new AssertionError("query differs on " + s.name + " (arrays=" + arrays + ", seed " + seed + ")\nfilter=" + filter
                    + " sort=" + sort + " limit=" + limit + " skip=" + skip + "\nexpected=" + expected + "\nactual  =" + result);
            }
        }
        queries++;
    }
}
