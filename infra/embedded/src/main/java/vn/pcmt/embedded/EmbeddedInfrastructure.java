package vn.pcmt.embedded;

import java.nio.file.Path;

import vn.pcmt.embedded.kafka.KafkaBroker;
import vn.pcmt.embedded.store.EmbeddedStore;

/** The Kafka broker and the MongoDB-compatible store, running together in this JVM with their data under one folder. */
public final class EmbeddedInfrastructure implements AutoCloseable {

    private final KafkaBroker kafka;
    private final EmbeddedStore store;

    private EmbeddedInfrastructure(KafkaBroker kafka, EmbeddedStore store) {
        this.kafka = kafka;
        this.store = store;
    }

    /** Keeps data in {@code dataDir} between runs. */
    public static EmbeddedInfrastructure onDisk(Path dataDir, int kafkaPort, int kafkaControllerPort, int storePort) {
        return start(EmbeddedStore.onDisk(dataDir.resolve("store/pcmt.mv"), storePort), dataDir.resolve("kafka"),
                kafkaPort, kafkaControllerPort);
    }

    /** Kafka on disk in {@code kafkaDir} (Kafka has no memory mode), the store in memory: for tests. */
    public static EmbeddedInfrastructure forTests(Path kafkaDir, int kafkaPort, int kafkaControllerPort, int storePort) {
        return start(EmbeddedStore.inMemory(storePort), kafkaDir, kafkaPort, kafkaControllerPort);
    }

    /** Starts Kafka beside an already started store, closing the store if Kafka does not come up. */
    private static EmbeddedInfrastructure start(EmbeddedStore store, Path kafkaDir, int kafkaPort, int kafkaControllerPort) {
        try {
            return new EmbeddedInfrastructure(KafkaBroker.start(kafkaDir, kafkaPort, kafkaControllerPort), store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoConnectionString() {
        return store.connectionString();
    }

    @Override
    public void close() {
        kafka.close();
        store.close();
    }
}
