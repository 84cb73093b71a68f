package vn.pcmt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the HTTP load harnesses share: officers' commands sent from many clients at once through a running platform,
 * latency per command kind, every HTTP status counted, and the areas the load is recorded in.
 */
final class LoadClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String areasUrl;
    private final Map<String, Samples> samples = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

    private final String clientId;
    private final String clientSecret;
    private String token;
    private long tokenTakenAt;

    LoadClient(String baseUrl, String areasUrl, String clientId, String clientSecret) {
        this.baseUrl = baseUrl;
        this.areasUrl = areasUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /**
     * The client system's access token from the gateway (client credentials), taken again after 10 minutes: tokens
     * last 15, a run can last longer.
     */
    synchronized String bearer() {
        if (token == null || System.nanoTime() - tokenTakenAt > TimeUnit.MINUTES.toNanos(10)) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                                .getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Sign-in as " + clientId + " refused: " + response.statusCode() + " " + response.body());
                }
                token = JSON.readTree(response.body()).get("access_token").asText();
                tokenTakenAt = System.nanoTime();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Sign-in at " + baseUrl + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        return "Bearer " + token;
    }

    /**
     * A person's access token, signed in as a browser would: the {@code pcmt-web} client's authorization code with
     * PKCE, through the login form at {@code baseUrl} (administrators and analysts are people, not client systems).
     */
    static String signInAsPerson(String baseUrl, String username, String password) {
        String callback = baseUrl + "/login/callback";
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        try {
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String authorize = baseUrl + "/oauth2/authorize?response_type=code&client_id=pcmt-web&scope=openid&state=bench&redirect_uri="
                    + encoded(callback) + "&code_challenge=" + challenge + "&code_challenge_method=S256";
            browser.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(), HttpResponse.BodyHandlers.discarding());
            String form = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
            if (!csrf.find()) {
                throw new IllegalStateException("No sign-in form at " + baseUrl + "/login");
            }
            HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encoded(username) + "&password=" + encoded(password) + "&_csrf="
                            + encoded(csrf.group(1))))
                    .build(), HttpResponse.BodyHandlers.discarding());
            String back = signedIn.headers().firstValue("Location").orElse("");
            if (back.contains("error")) {
                throw new IllegalStateException("Sign-in as " + username + " refused");
            }
            String redirect = browser.send(HttpRequest.newBuilder(URI.create(back.startsWith("http") ? back : baseUrl + back)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElse("");
            java.util.regex.Matcher code = java.util.regex.Pattern.compile("[?&]code=([^&]+)").matcher(redirect);
            if (!code.find()) {
                throw new IllegalStateException("No authorization code for " + username + ": " + redirect);
            }
            HttpResponse<String> token = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=pcmt-web&code=" + code.group(1)
                            + "&redirect_uri=" + encoded(callback) + "&code_verifier=" + verifier)).build(), HttpResponse.BodyHandlers.ofString());
            if (token.statusCode() != 200) {
                throw new IllegalStateException("No token for " + username + ": " + token.statusCode() + " " + token.body());
            }
            return JSON.readTree(token.body()).get("access_token").asText();
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Sign-in as " + username + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A client and the test province it created: [commune, village] pairs, and the run's tag in their codes. */
    record Setup(LoadClient client, List<String[]> villages, String run) {
    }

    /**
     * The client {@code --base-url} and {@code --areas-url} name, and a fresh test province ({@code --communes} ×
     * {@code --villages}, codes tagged with {@code --run}) created through the assessment API.
     */
    static Setup setUp(Map<String, String> options) {
        LoadClient client = of(options);
        int communes = Integer.parseInt(options.getOrDefault("communes", "10"));
        int villagesPerCommune = Integer.parseInt(options.getOrDefault("villages", "20"));
        String run = options.getOrDefault("run", Long.toString(System.currentTimeMillis() % 100_000));
        List<String[]> villages = client.createAreas(communes, villagesPerCommune, run);
        System.out.printf("Areas: %d communes, %d villages (run %s); waiting for the service to learn them%n",
                communes, villages.size(), run);
        return new Setup(client, villages, run);
    }

    /**
     * A client of {@code --base-url} (the gateway), creating areas at {@code --areas-url}, signed in as the client
     * system {@code --client-id} / {@code --client-secret} (the embedded default's demo national system unless named: a
     * run creates its own provinces).
     */
    static LoadClient of(Map<String, String> options) {
        String baseUrl = options.getOrDefault("base-url", "http://127.0.0.1:8080");
        return new LoadClient(baseUrl, options.getOrDefault("areas-url", baseUrl), options.getOrDefault("client-id", "c04-system"),
                options.getOrDefault("client-secret", "c04-system-demo-secret"));
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /**
     * Runs {@code unit(n)} for n = 0 … {@code units}-1 from {@code threads} clients; {@code unit} answers how many
     * commands it sent. Prints progress, then the throughput and the latency table.
     */
    void run(String what, int units, int threads, IntUnaryOperator unit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicLong commands = new AtomicLong();
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < units; n = next.getAndIncrement()) {
                    commands.addAndGet(unit.applyAsInt(n));
                    if (n > 0 && n % 1000 == 0) {
                        System.out.printf("  %,d %s, %,.0f commands/s%n", n, what, commands.get() / ((System.nanoTime() - started) / 1e9));
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

        System.out.printf("%n%s: %,d; commands: %,d in %.1f s = %,.0f commands/s with %d clients%n",
                what, units, commands.get(), seconds, commands.get() / seconds, threads);
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

    /** A province of {@code communes} communes with {@code villagesPerCommune} villages each; answers [commune, village] pairs. */
    private List<String[]> createAreas(int communes, int villagesPerCommune, String run) {
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

    /** Retries {@code probe} until the service has learnt the areas from Kafka and accepts it (201). */
    void awaitAccepted(String path, String probe, String what) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            if (post(baseUrl, path, probe).statusCode() == 201) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The service never learned " + what);
    }

    /** Sends a timed command; answers its JSON body, or {@code null} (and prints why) when it was not accepted. */
    JsonNode send(String command, String path, String body) {
        long start = System.nanoTime();
        HttpResponse<String> response = post(baseUrl, path, body);
        samples.computeIfAbsent(command, k -> new Samples()).add(System.nanoTime() - start);
        statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        if (response.statusCode() / 100 != 2) {
            System.err.println(command + " " + response.statusCode() + ": " + response.body());
            return null;
        }
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(command + " answered something else than JSON", e);
        }
    }

    /** A read that may take long (a report over a province's history): its status, after waiting up to {@code timeout}. */
    int getWaiting(String path, Duration timeout) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout).header("Authorization", bearer()).GET()
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("GET " + baseUrl + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** An untimed read, for waiting on a service: its JSON body, or {@code null} unless 200. */
    JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", bearer()).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("GET " + baseUrl + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private HttpResponse<String> post(String url, String path, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", bearer())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("POST " + url + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
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
