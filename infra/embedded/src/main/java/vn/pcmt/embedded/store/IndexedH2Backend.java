package vn.pcmt.embedded.store;

import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** The file-backed (H2 MVStore) backend with ordered indexes (a drop-in replacement for {@code H2Backend}). */
public class IndexedH2Backend extends H2Backend {

    public IndexedH2Backend(String fileName) {
        super(fileName);
    }

    IndexedH2Backend(Path file) {
        this(file.toAbsolutePath().toString());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // called from H2Backend's constructor for existing databases: only use state of the super classes here
        return IndexedH2Database.create(databaseName, getMvStore(), getCursorRegistry());
    }

    /** Also answers {@code hello}, which drivers and Spring Boot's health check send. */
    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (HelloCommand.matches(command)) {
            return HelloCommand.answer(super.handleCommand(channel, database, "isMaster", query));
        }
        return super.handleCommand(channel, database, command, query);
    }
}
