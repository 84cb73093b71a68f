package vn.pcmt.embedded.store;

import java.nio.file.Path;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** The file-backed (H2 MVStore) backend with ordered indexes. */
final class IndexedH2Backend extends H2Backend {

    IndexedH2Backend(Path file) {
        super(file.toAbsolutePath().toString());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (HelloCommand.matches(command)) {
            return HelloCommand.answer(super.handleCommand(channel, database, "isMaster", query));
        }
        return super.handleCommand(channel, database, command, query);
    }
}
