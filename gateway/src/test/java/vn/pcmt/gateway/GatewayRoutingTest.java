package vn.pcmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/** Routes reach the right service with a request id; a service that is down gives a 503 problem, not a hang. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GatewayTestSupport.TestKey.class)
class GatewayRoutingTest {

    static final AtomicInteger hits = new AtomicInteger();
    static final HttpServer registry = stub("registry");
    static final int downPort = freePort();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        String up = "http://127.0.0.1:" + registry.getAddress().getPort();
        String down = "http://127.0.0.1:" + downPort;
        properties.add("pcmt.services.registry-url", () -> up);
        properties.add("pcmt.services.assessment-url", () -> up);
        properties.add("pcmt.services.case-url", () -> down);
        properties.add("pcmt.services.reporting-url", () -> down);
        properties.add("pcmt.services.identity-url", () -> up); // the stub answers for the identity server too
    }

    @Autowired
    WebTestClient anonymous;
    WebTestClient client;

    @BeforeEach
    void signedIn() {
        client = anonymous.mutate().defaultHeader("Authorization", "Bearer " + GatewayTestSupport.token("pcmt-api", Instant.now().plusSeconds(600))).build();
    }

    @AfterAll
    static void stop() {
        registry.stop(0);
    }

    @Test
    void givenSubjectsPath_whenGet_thenRoutedToRegistryWithRequestId() {
        client.get().uri("/api/subjects/42").exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectBody(String.class).value(body -> assertThat(body)
                        .startsWith("registry GET /api/subjects/42 request-id=")
                        .doesNotEndWith("request-id=null"));
    }

    @Test
    void givenClientRequestId_whenGet_thenSameIdForwardedAndEchoed() {
        client.get().uri("/api/areas/40").header("X-Request-Id", "abcdef12-3456").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "abcdef12-3456")
                .expectBody(String.class).isEqualTo("registry GET /api/areas/40 request-id=abcdef12-3456");
    }

    @Test
    void givenServiceDown_whenRequest_thenServiceUnavailableProblem() {
        client.get().uri("/api/reports/summary?areaCode=40").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.title").isEqualTo("Dịch vụ tạm thời không khả dụng");
    }

    @ParameterizedTest(name = "signed in: {0}")
    @ValueSource(booleans = {true, false})
    void givenOversizedBody_whenPost_thenTooLargeProblemBeforeReachingService(boolean signedIn) {
        int before = hits.get();
        (signedIn ? client : anonymous).post().uri("/api/subjects").contentType(MediaType.APPLICATION_JSON)
                .header("Content-Length", String.valueOf(2 * 1024 * 1024))
                .bodyValue("x".repeat(2 * 1024 * 1024)).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("BODY_TOO_LARGE").jsonPath("$.title").isEqualTo("Nội dung quá lớn");
        assertThat(hits.get()).isEqualTo(before);
    }

    @Test
    void givenOversizedBodyInChunks_whenPost_thenTooLargeProblemBeforeReachingService() {
        int before = hits.get();
        client.post().uri("/api/subjects").contentType(MediaType.TEXT_PLAIN)
                .body(Flux.range(0, 20).map(i -> "x".repeat(64 * 1024)), String.class).exchange() // 1.25 MB, no length
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("BODY_TOO_LARGE");
        assertThat(hits.get()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} bytes, {1}")
    @CsvSource({"1048576, true, 200", "1048577, true, 413", "1048576, false, 200", "1048577, false, 413"})
    void givenBodyAtTheLimit_whenPost_thenForwardedAndOneByteMoreRefused(int bytes, boolean declared, int status) {
        int before = hits.get();
        var request = client.post().uri("/api/subjects").contentType(MediaType.TEXT_PLAIN);
        var sent = declared ? request.bodyValue("x".repeat(bytes))
                : request.body(Flux.range(0, bytes / 65_536 + 1).map(i -> "x".repeat(Math.min(65_536, bytes - i * 65_536))), String.class);
        sent.exchange().expectStatus().isEqualTo(status);
        assertThat(hits.get() - before).isEqualTo(status == 200 ? 1 : 0);
    }

    @Test
    void givenBodyInChunksUnderTheLimit_whenPost_thenForwardedWhole() {
        client.post().uri("/api/subjects").contentType(MediaType.TEXT_PLAIN)
                .body(Flux.range(0, 4).map(i -> "x".repeat(1000)), String.class).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).endsWith(" body=4000 length=4000"));
    }

    @Test
    void givenApiDocsPage_whenGet_thenSwaggerUiListsEveryService() {
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        client.get().uri("/v3/api-docs/gateway/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.urls[*].name").value(names ->
                        assertThat(names.toString()).contains("assessment", "registry", "case", "reporting"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"none", "another audience", "expired", "garbage"})
    void givenNoGoodToken_whenAServiceIsCalled_thenUnauthenticatedProblemAndNotForwarded(String which) {
        String authorization = switch (which) {
            case "none" -> null;
            case "another audience" -> "Bearer " + GatewayTestSupport.token("another-api", Instant.now().plusSeconds(600));
            case "expired" -> "Bearer " + GatewayTestSupport.token("pcmt-api", Instant.now().minusSeconds(120));
            default -> "Bearer not-a-token";
        };
        int hitsBefore = hits.get();

        anonymous.get().uri("/api/subjects/42").headers(headers -> {
                    if (authorization != null) {
                        headers.set("Authorization", authorization);
                    }
                }).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
        assertThat(hits.get()).isEqualTo(hitsBefore);
    }

    @Test
    void givenNoToken_whenSigningInOrReadingHealth_thenNotAskedForOne() {
        anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk();
        anonymous.post().uri("/oauth2/token").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).startsWith("registry POST /oauth2/token"));
        anonymous.get().uri("/.well-known/openid-configuration").exchange().expectStatus().isOk();
        anonymous.get().uri("/actuator/gateway/routes").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator/gateway/routes").exchange().expectStatus().isNotFound(); // not exposed: routes cannot be rewritten
    }

    @Test
    void givenUnroutedPath_whenGet_thenNotFound() {
        client.get().uri("/api/unknown").exchange().expectStatus().isNotFound();
    }

    private static HttpServer stub(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                hits.incrementAndGet();
                String received = "POST".equals(exchange.getRequestMethod()) ? " body=" + exchange.getRequestBody().readAllBytes().length
                        + " length=" + exchange.getRequestHeaders().getFirst("Content-Length") : "";
                byte[] body = (name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                        + " request-id=" + exchange.getRequestHeaders().getFirst("X-Request-Id") + received).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
