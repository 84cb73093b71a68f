package vn.pcmt.embedded.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.pcmt.embedded.launcher.Ports;

class EmbeddedStoreIT {

    @TempDir
    Path dir;

    @Test
    void givenMemoryStore_whenHelloSent_thenWritablePrimaryAnswered() {
        try (EmbeddedStore store = EmbeddedStore.inMemory(Ports.free());
             MongoClient client = MongoClients.create(store.connectionString())) {
            Document hello = client.getDatabase("pcmt-test").runCommand(new Document("hello", 1));
            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
            assertThat(hello.get("ok")).isEqualTo(1.0);
        }
    }

    @Test
    void givenFileStore_whenRestarted_thenDocumentsSurvive() {
        Path file = dir.resolve("store/pcmt.mv");
        int port = Ports.free();
        try (EmbeddedStore store = EmbeddedStore.onDisk(file, port);
             MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("pcmt-test").getCollection("areas").insertOne(new Document("_id", "40").append("name", "Nghệ An"));
            assertThat(client.getDatabase("pcmt-test").runCommand(new Document("hello", 1)).getBoolean("isWritablePrimary")).isTrue();
        }
        try (EmbeddedStore store = EmbeddedStore.onDisk(file, port);
             MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(client.getDatabase("pcmt-test").getCollection("areas").find(new Document("_id", "40")).first())
                    .isNotNull()
                    .extracting(d -> d.get("name")).isEqualTo("Nghệ An");
        }
    }
}
