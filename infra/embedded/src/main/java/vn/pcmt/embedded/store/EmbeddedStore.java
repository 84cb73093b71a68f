package vn.pcmt.embedded.store;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A MongoDB-compatible server in this JVM: in memory for tests, backed by one file for runs. */
public final class EmbeddedStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

    private final MongoServer server;
    private final MongoBackend backend;
    private final InetSocketAddress address;

    private EmbeddedStore(MongoBackend backend, int port) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        this.address = server.getLocalAddress();
    }

    /** A store that forgets everything when closed. */
    public static EmbeddedStore inMemory(int port) {
        return new EmbeddedStore(new IndexedMemoryBackend(), port);
    }

    /** A store kept in {@code file}; it survives a clean restart. */
    public static EmbeddedStore onDisk(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        EmbeddedStore store = new EmbeddedStore(new IndexedH2Backend(file), port);
        log.info("MongoDB-compatible store on {} (data in {})", store.connectionString(), file);
        return store;
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
