package vn.pcmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * A service answering slowly under many callers at once is waited for, not refused: the gateway lets as many calls
 * through at once as a service has request threads, so a burst neither gets 503s nor opens the circuit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GatewayTestSupport.TestKey.class)
class ConcurrentCallsTest {

    static final int AT_ONCE = 80;
    static final HttpServer slow = slowService();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        String url = "http://127.0.0.1:" + slow.getAddress().getPort();
        for (String service : List.of("registry", "assessment", "case", "reporting")) {
            properties.add("pcmt.services." + service + "-url", () -> url);
        }
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stop() {
        slow.stop(0);
    }

    @Test
    void givenMoreCallersAtOnceThanTheResilienceDefaults_whenTheServiceIsSlow_thenEveryOneIsAnswered() {
        WebClient client = WebClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + GatewayTestSupport.token("pcmt-api", Instant.now().plusSeconds(600))).build();

        for (int round = 0; round < 2; round++) { // the second burst meets a circuit that the first may have opened
            List<HttpStatusCode> answers = Flux.range(0, AT_ONCE)
                    .flatMap(i -> client.get().uri("/api/areas/" + i).exchangeToMono(response -> response.releaseBody()
                            .thenReturn(response.statusCode())), AT_ONCE)
                    .collectList().block(Duration.ofSeconds(60));

            assertThat(answers).hasSize(AT_ONCE).allMatch(HttpStatusCode::is2xxSuccessful);
        }
    }

    /** Answers every request after 300 ms, many at once. */
    private static HttpServer slowService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), AT_ONCE * 2);
            server.setExecutor(Executors.newFixedThreadPool(AT_ONCE * 2));
            server.createContext("/", exchange -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
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
}
