package vn.pcmt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the gateway adds (issue 7: ≤ 10 ms at p99 at 500 requests/s): the same authenticated read, an area of the
 * assessment service, sent open-loop at {@code --rate} requests a second for {@code --seconds}, once straight to the
 * service ({@code --service-url}) and once through the gateway ({@code --base-url}), which checks the token, limits the
 * rate, adds the request id and routes. Both paths check the token in the service too. Prints p50, p99 and max of each
 * and their difference. The generator sleeps between sends (a busy wait would take one of the cores it measures),
 * after a warm-up of {@code --warm-up} seconds on each path.
 *
 * <pre>java -Dloader.main=vn.pcmt.bench.GatewayOverheadBenchmark -jar bench/target/bench-*-exec.jar --rate 500 --seconds 30</pre>
 */
public final class GatewayOverheadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GatewayOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LoadClient.options(args);
        String gateway = options.getOrDefault("base-url", "http://127.0.0.1:8080");
        String service = options.getOrDefault("service-url", "http://127.0.0.1:8081");
        int rate = Integer.parseInt(options.getOrDefault("rate", "500"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = token(http, gateway, options.getOrDefault("client-id", "c04-system"),
                options.getOrDefault("client-secret", "c04-system-demo-secret"));
        String area = "bench-gw-" + (System.currentTimeMillis() % 100_000);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/areas"))
                .header("Authorization", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + area + "\",\"name\":\"Tỉnh đo tải\",\"level\":\"PROVINCE\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Cannot create the area read: " + created.statusCode() + " " + created.body());
        }
        String path = "/api/areas/" + area;
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "20"));
        run(http, service + path, token, rate, warmUp); // both paths, until the JIT has compiled what they run
        run(http, gateway + path, token, rate, warmUp);
        long[] direct = run(http, service + path, token, rate, seconds);
        long[] routed = run(http, gateway + path, token, rate, seconds);
        System.out.printf("%d requests/s for %d s each, open loop%n", rate, seconds);
        System.out.println("| path | requests | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|");
        System.out.println(row("service, direct", direct));
        System.out.println(row("through the gateway", routed));
        System.out.printf("gateway adds: p50 %.1f ms, p99 %.1f ms%n", (percentile(routed, 50) - percentile(direct, 50)) / 1e6,
                (percentile(routed, 99) - percentile(direct, 99)) / 1e6);
    }

    /** Sends one request every 1/rate s whatever the answers (open loop), and waits for all: latencies in ns. */
    private static long[] run(HttpClient http, String url, String token, int rate, int seconds) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicInteger> failed = new java.util.concurrent.ConcurrentHashMap<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", token).timeout(Duration.ofSeconds(30))
                .GET().build();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (long i = 0; i < (long) rate * seconds; i++) {
            long due = start + i * interval;
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now); // not a busy wait: the generator shares the cores it measures
            }
            long sent = now;
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenAccept(response -> {
                if (response.statusCode() == 200) {
                    latencies.add(System.nanoTime() - sent);
                } else {
                    failed.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        if (!failed.isEmpty()) {
            System.out.printf("%s: answers other than 200: %s%n", url, failed);
        }
        return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static String token(HttpClient http, String gateway, String client, String secret) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        return "Bearer " + JSON.readTree(response.body()).get("access_token").asText();
    }

    private static double percentile(long[] sorted, int p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String row(String name, long[] sorted) {
        return String.format("| %s | %,d | %.1f | %.1f | %.1f |", name, sorted.length, percentile(sorted, 50) / 1e6,
                percentile(sorted, 99) / 1e6, sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }
}
