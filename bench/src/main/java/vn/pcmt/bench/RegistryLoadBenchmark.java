package vn.pcmt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The registry under an officer-like load through the HTTP API of a running platform ({@code ./run}): areas are
 * created through the assessment API, then {@code --subjects} subjects are registered and each gets the commands of
 * a typical first year (positive test, illegal-user management, three residence checks, two negative tests, a flag):
 * 9 commands and 10 stored events per subject, from {@code --threads} clients at once. Reports commands per second
 * and latency percentiles per command, and counts every non-2xx answer. {@code --base-url} may name the registry itself
 * (port 8082) to leave the gateway out; areas then go to {@code --areas-url} (the assessment service, port 8081).
 *
 * <pre>java -Dloader.main=vn.pcmt.bench.RegistryLoadBenchmark -jar bench/target/bench-*-exec.jar
 *     --base-url http://127.0.0.1:8080 --subjects 20000 --threads 16</pre>
 */
public final class RegistryLoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate FOUND = LocalDate.of(2026, 1, 5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String areasUrl;
    private final Map<String, Samples> samples = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

    private RegistryLoadBenchmark(String baseUrl, String areasUrl) {
        this.baseUrl = baseUrl;
        this.areasUrl = areasUrl;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int subjects = Integer.parseInt(options.getOrDefault("subjects", "20000"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "16"));
        int communes = Integer.parseInt(options.getOrDefault("communes", "10"));
        int villagesPerCommune = Integer.parseInt(options.getOrDefault("villages", "20"));
        String run = options.getOrDefault("run", Long.toString(System.currentTimeMillis() % 100_000));
        String baseUrl = options.getOrDefault("base-url", "http://127.0.0.1:8080");
        new RegistryLoadBenchmark(baseUrl, options.getOrDefault("areas-url", baseUrl))
                .run(subjects, threads, communes, villagesPerCommune, run);
    }

    private void run(int subjects, int threads, int communes, int villagesPerCommune, String run) throws Exception {
        List<String[]> villages = createAreas(communes, villagesPerCommune, run);
        System.out.printf("Areas: %d communes, %d villages (run %s); waiting for the registry to learn them%n",
                communes, villages.size(), run);
        awaitRegistryKnows(villages.getLast());

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicLong commands = new AtomicLong();
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < subjects; n = next.getAndIncrement()) {
                    commands.addAndGet(firstYear(n, villages.get(n % villages.size()), run));
                    if (n > 0 && n % 1000 == 0) {
                        System.out.printf("  %,d subjects, %,.0f commands/s%n", n,
                                commands.get() / ((System.nanoTime() - started) / 1e9));
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();

        System.out.printf("%nSubjects: %,d; commands: %,d in %.1f s = %,.0f commands/s with %d clients%n",
                subjects, commands.get(), seconds, commands.get() / seconds, threads);
        System.out.println("HTTP statuses: " + new TreeMap<>(statuses));
        System.out.println("| command | count | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|");
        Samples all = new Samples();
        new TreeMap<>(samples).forEach((name, s) -> {
            System.out.println(s.row(name));
            all.addAll(s);
        });
        System.out.println(all.row("**all**"));
    }

    /** Nine commands, ten events: what a commune records about a person in their first year under management. */
    private int firstYear(int n, String[] village, String run) throws Exception {
        String nationalId = String.format("9%05d%06d", Integer.parseInt(run) % 100_000, n);
        JsonNode subject = send("register", "/api/subjects", """
                {"fullName":"Đối tượng %d-%s","dateOfBirth":"1990-01-01","sex":"MALE","nationalId":"%s",
                 "residence":{"communeCode":"%s","villageCode":"%s"},"category":"SUSPECTED",
                 "foundBy":"DOOR_TO_DOOR_REVIEW","foundOn":"%s"}""".formatted(n, run, nationalId, village[0], village[1], FOUND));
        if (subject == null) {
            return 1;
        }
        String path = "/api/subjects/" + subject.get("id").asText();
        Function<LocalDate, String> negative = on -> "{\"testedOn\":\"%s\",\"method\":\"URINE_RAPID\",\"result\":\"NEGATIVE\"}".formatted(on);
        send("drug-test", path + "/drug-tests",
                "{\"testedOn\":\"%s\",\"method\":\"URINE_RAPID\",\"result\":\"POSITIVE\",\"substances\":[\"MDMA\"]}".formatted(FOUND.plusDays(3)));
        send("management-period", path + "/management-periods",
                "{\"kind\":\"ILLEGAL_USER\",\"decisionNo\":\"%d/QĐ-CAX\",\"startsOn\":\"%s\"}".formatted(n, FOUND.plusDays(10)));
        for (int month = 1; month <= 3; month++) {
            send("residence-check", path + "/residence-checks", "{\"checkedOn\":\"%s\"}".formatted(FOUND.plusDays(10).plusMonths(month)));
        }
        send("drug-test", path + "/drug-tests", negative.apply(FOUND.plusMonths(2)));
        send("drug-test", path + "/drug-tests", negative.apply(FOUND.plusMonths(4)));
        send("flag", path + "/flags", "{\"flag\":\"NO_STABLE_RESIDENCE\",\"raisedOn\":\"%s\"}".formatted(FOUND.plusMonths(5)));
        return 9;
    }

    private List<String[]> createAreas(int communes, int villagesPerCommune, String run) throws Exception {
        String province = "9" + run;
        post(areasUrl, "/api/areas", "{\"code\":\"%s\",\"name\":\"Tỉnh thử tải %s\",\"level\":\"PROVINCE\"}".formatted(province, run));
        List<String[]> villages = new ArrayList<>();
        for (int c = 1; c <= communes; c++) {
            String commune = String.format("%s%02d", province, c);
            post(areasUrl, "/api/areas", "{\"code\":\"%s\",\"name\":\"Xã %d\",\"level\":\"COMMUNE\",\"parentCode\":\"%s\"}".formatted(commune, c, province));
            for (int v = 1; v <= villagesPerCommune; v++) {
                String village = String.format("%s-%02d", commune, v);
                post(areasUrl, "/api/areas", "{\"code\":\"%s\",\"name\":\"Thôn %d\",\"level\":\"VILLAGE\",\"parentCode\":\"%s\"}".formatted(village, v, commune));
                villages.add(new String[] {commune, village});
            }
        }
        return villages;
    }

    private void awaitRegistryKnows(String[] village) throws Exception {
        String probe = """
                {"fullName":"Thăm dò","dateOfBirth":"1990-01-01","sex":"MALE","nationalIdMissingReason":"thăm dò","residence":{"communeCode":"%s","villageCode":"%s"},
                 "category":"SUSPECTED","foundBy":"DOOR_TO_DOOR_REVIEW","foundOn":"%s","confirmedDistinct":true}""".formatted(village[0], village[1], FOUND);
        for (int attempt = 0; attempt < 120; attempt++) {
            if (post(baseUrl, "/api/subjects", probe).statusCode() == 201) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The registry never learned village " + village[1]);
    }

    private JsonNode send(String command, String path, String body) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = post(baseUrl, path, body);
        samples.computeIfAbsent(command, k -> new Samples()).add(System.nanoTime() - start);
        statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        if (response.statusCode() / 100 != 2) {
            System.err.println(command + " " + response.statusCode() + ": " + response.body());
            return null;
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String url, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** Latencies in nanoseconds. */
    private static final class Samples {

        private long[] values = new long[1024];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized void addAll(Samples other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        synchronized String row(String name) {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return "| %s | %,d | %.1f | %.1f | %.1f | %.1f |".formatted(name, size, ms(sorted, 0.50), ms(sorted, 0.95),
                    ms(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        private static double ms(long[] sorted, double quantile) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }
    }
}
