package vn.pcmt.embedded.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.pcmt.embedded.EmbeddedInfrastructure;
import vn.pcmt.embedded.launcher.Ports;

/**
 * Starts the broker and the store once per test JVM and points Spring Boot at them through system properties
 * ({@code spring.kafka.bootstrap-servers}, {@code spring.data.mongodb.uri}). Register it before the Spring extension.
 */
public final class InfrastructureExtension implements BeforeAllCallback {

    private static TestInfrastructure running;

    /** Where the infrastructure answers. */
    public interface TestInfrastructure extends AutoCloseable {
        String kafkaBootstrapServers();

        String mongoConnectionString();

        @Override
        void close();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestInfrastructure infrastructure = get();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent("pcmt-infrastructure", key -> (ExtensionContext.Store.CloseableResource) infrastructure::close);
    }

    /** The running infrastructure, started on first use. */
    public static synchronized TestInfrastructure get() {
        if (running == null) {
            running = "containers".equals(System.getProperty("pcmt.test.infra")) ? new ContainerInfrastructure() : embedded();
            System.setProperty("spring.kafka.bootstrap-servers", running.kafkaBootstrapServers());
            System.setProperty("spring.data.mongodb.uri", running.mongoConnectionString());
        }
        return running;
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestInfrastructure embedded() {
        try {
            Path kafkaDir = Files.createTempDirectory("pcmt-kafka");
            EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.forTests(kafkaDir, Ports.free(), Ports.free(), Ports.free());
            return new TestInfrastructure() {
                @Override
                public String kafkaBootstrapServers() {
                    return infrastructure.kafkaBootstrapServers();
                }

                @Override
                public String mongoConnectionString() {
                    return infrastructure.mongoConnectionString();
                }

                @Override
                public void close() {
                    infrastructure.close();
                    deleteRecursively(kafkaDir);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
