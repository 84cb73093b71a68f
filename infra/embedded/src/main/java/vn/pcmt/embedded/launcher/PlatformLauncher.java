package vn.pcmt.embedded.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.embedded.EmbeddedInfrastructure;

/**
 * The platform on one machine: the embedded broker and store in this process, the four services, the identity server
 * (sign-in) and the gateway as child processes started from their executable jars, stopped together.
 */
public final class PlatformLauncher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlatformLauncher.class);
    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(4);

    /** A service: its name, the module folder holding its jar, and its port on the default layout. */
    public record Service(String name, String module, int defaultPort) {
    }

    public static final List<Service> SERVICES = List.of(
            new Service("assessment", "assessment-service/assessment-app", 8081),
            new Service("registry", "registry-service/registry-app", 8082),
            new Service("case", "case-service/case-app", 8083),
            new Service("reporting", "reporting-service/reporting-app", 8084),
            new Service("identity", "identity", 9000),
            new Service("gateway", "gateway", 8080));

    /**
     * @param home       the project root (the jars are under each module's {@code target})
     * @param dataDir    where the broker and the store keep their data
     * @param freePorts  pick free ports instead of the default layout (tests run beside a running platform)
     */
    public record Options(Path home, Path dataDir, boolean freePorts) {
    }

    private final Options options;
    private final Path logDir;
    private final Map<Service, Process> processes = new LinkedHashMap<>();
    private final Map<Service, Integer> ports = new LinkedHashMap<>();
    private EmbeddedInfrastructure infrastructure;
    private boolean closed;

    private PlatformLauncher(Options options) {
        this.options = options;
        this.logDir = options.dataDir().resolve("logs");
    }

    /** Starts everything and waits until every service is healthy; on failure, stops what it started. */
    public static PlatformLauncher start(Options options) {
        PlatformLauncher launcher = new PlatformLauncher(options);
        try {
            launcher.run();
        } catch (RuntimeException e) {
            launcher.close();
            throw e;
        }
        return launcher;
    }

    private synchronized void startInfrastructure() {
        if (closed) {
            throw new IllegalStateException("Stopping: infrastructure not started");
        }
        boolean free = options.freePorts();
        infrastructure = EmbeddedInfrastructure.onDisk(options.dataDir(),
                free ? Ports.free() : 9092, free ? Ports.free() : 9093, free ? Ports.free() : 27018);
    }

    private void run() {
        Instant started = Instant.now();
        boolean free = options.freePorts();
        startInfrastructure();
        for (Service service : SERVICES) {
            ports.put(service, free ? Ports.free() : service.defaultPort());
        }
        for (Service service : SERVICES) {
            spawn(options.home(), service);
        }
        for (Service service : SERVICES) {
            awaitHealthy(service);
        }
        log.info("PCMT Platform up in {} s", Duration.between(started, Instant.now()).toSeconds());
    }

    public String gatewayUrl() {
        return url(SERVICES.getLast());
    }

    private static Service identity() {
        return SERVICES.stream().filter(service -> service.name().equals("identity")).findFirst().orElseThrow();
    }

    public String url(Service service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    public String mongoConnectionString() {
        return infrastructure.mongoConnectionString();
    }

    private synchronized void spawn(Path home, Service service) {
        if (closed) {
            throw new IllegalStateException("Stopping: " + service.name() + " not started");
        }
        Path jar = executableJar(home, service);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-jar", jar.toString(),
                "--server.port=" + ports.get(service),
                "--server.address=127.0.0.1", // one machine: nothing reaches a service but from here
                "--spring.data.mongodb.uri=" + infrastructure.mongoConnectionString(),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers()));
        for (Service routed : SERVICES) {
            if (routed != SERVICES.getLast()) {
                command.add("--pcmt.services." + routed.name() + "-url=" + url(routed));
            }
        }
        if (!service.name().equals("identity") && !service.name().equals("gateway")) {
            command.add("--pcmt.audit.key-file=" + options.dataDir().resolve("keys").resolve(service.name() + "-audit.key"));
        }
        if (service.name().equals("reporting")) {
            command.add("--pcmt.reporting.pseudonym-key-file=" + options.dataDir().resolve("keys").resolve("reporting-pseudonym.key"));
        }
        if (service.name().equals("registry") || service.name().equals("case")) {
            // wraps each person's personal data key; kept beside, not in, the store's data
            command.add("--pcmt.privacy.master-key-file=" + options.dataDir().resolve("keys").resolve(service.name() + "-master.key"));
        }
        if (service.name().equals("identity")) {
            command.add("--pcmt.identity.issuer=" + gatewayUrl());
            command.add("--pcmt.identity.key-file=" + options.dataDir().resolve("identity").resolve("signing-key.json"));
            command.add("--spring.profiles.active=demo"); // the embedded default's demo accounts
        }
        // every service checks tokens itself: issued in the gateway's name, keys from the identity server
        command.add("--pcmt.security.issuer=" + gatewayUrl());
        command.add("--pcmt.security.jwk-set-uri=" + url(identity()) + "/oauth2/jwks");
        try {
            Files.createDirectories(logDir);
            Path logFile = logDir.resolve(service.name() + ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                    .start();
            processes.put(service, process);
            log.info("Started {} (pid {}) on port {}, log in {}", service.name(), process.pid(), ports.get(service), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.name(), e);
        }
    }

    private static Path executableJar(Path home, Service service) {
        Path target = home.resolve(service.module()).resolve("target");
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No executable jar in " + target + ": build first"));
        } catch (IOException e) {
            throw new IllegalStateException("No executable jar in " + target + ": build first", e);
        }
    }

    private void awaitHealthy(Service service) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create(url(service) + "/actuator/health");
        Instant deadline = Instant.now().plus(HEALTH_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Process process = processes.get(service);
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with " + process.exitValue()
                        + "; see " + logDir.resolve(service.name() + ".log"));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    log.info("{} is healthy", service.name());
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.name(), e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(service.name() + " not healthy after " + HEALTH_TIMEOUT
                + "; see " + logDir.resolve(service.name() + ".log"));
    }

    /** Stops the services, newest first, then the broker and the store; safe to call twice and mid-start. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<Service> reversed = new ArrayList<>(processes.keySet()).reversed();
        for (Service service : reversed) {
            processes.get(service).destroy();
        }
        for (Service service : reversed) {
            Process process = processes.get(service);
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The run command: {@code java -jar pcmt-embedded-*-exec.jar [--data-dir DIR] [--infra-only]}; Ctrl-C stops
     * everything. {@code --infra-only} starts just the broker (127.0.0.1:9092) and the store (127.0.0.1:27018), for a
     * service run from an IDE.
     */
    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(System.getProperty("pcmt.home", ".")).toAbsolutePath().normalize();
        Path dataDir = home.resolve(".local-data");
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--data-dir")) {
                dataDir = Path.of(args[i + 1]).toAbsolutePath();
            }
        }
        if (List.of(args).contains("--infra-only")) {
            runInfrastructureOnly(dataDir);
            return;
        }
        PlatformLauncher platform = new PlatformLauncher(new Options(home, dataDir, false));
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before anything starts, so Ctrl-C during start-up leaves no orphaned service behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping PCMT Platform");
            platform.close();
            stopped.countDown();
        }, "pcmt-shutdown"));
        try {
            platform.run();
        } catch (RuntimeException e) {
            log.error("PCMT Platform did not start: {}", e.getMessage());
            System.exit(1);
        }
        System.out.printf("%nPCMT Platform is running.%n  Gateway:  %s%n  API docs: %s/swagger-ui.html%n"
                        + "  Data:     %s%n  Logs:     %s%nPress Ctrl-C to stop.%n",
                platform.gatewayUrl(), platform.gatewayUrl(), dataDir, platform.logDir);
        stopped.await();
    }

    private static void runInfrastructureOnly(Path dataDir) throws InterruptedException {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.onDisk(dataDir, 9092, 9093, 27018);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            infrastructure.close();
            stopped.countDown();
        }, "pcmt-shutdown"));
        System.out.printf("%nKafka: %s%nStore: %s%nData:  %s%nPress Ctrl-C to stop.%n",
                infrastructure.kafkaBootstrapServers(), infrastructure.mongoConnectionString(), dataDir);
        stopped.await();
    }
}
