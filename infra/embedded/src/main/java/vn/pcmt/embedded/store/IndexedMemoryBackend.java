package vn.pcmt.embedded.store;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** The in-memory backend with ordered indexes (a drop-in replacement for {@code MemoryBackend}). */
public class IndexedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedMemoryDatabase(databaseName, getCursorRegistry());
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
