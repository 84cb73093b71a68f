package vn.pcmt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A client over its rate gets 429 problems, not forwarded; another client is not slowed; sign-in is limited per address. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pcmt.rate-limit.per-client=1", "pcmt.rate-limit.sign-in-per-address=1"})
@Import(GatewayTestSupport.TestKey.class)
class RateLimitsTest {

    static final HttpServer service = stub();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        String up = "http://127.0.0.1:" + service.getAddress().getPort();
        for (String name : new String[] {"registry", "assessment", "case", "reporting", "identity"}) {
            properties.add("pcmt.services." + name + "-url", () -> up);
        }
    }

    @Autowired
    WebTestClient client;

    @AfterAll
    static void stop() {
        service.stop(0);
    }

    @Test
    void givenAClientOverItsRate_whenItCallsAgain_thenTooManyRequestsWhileAnotherClientGoesThrough() {
        String busy = "Bearer " + GatewayTestSupport.token("busy-system", "pcmt-api", Instant.now().plusSeconds(600));
        String quiet = "Bearer " + GatewayTestSupport.token("quiet-system", "pcmt-api", Instant.now().plusSeconds(600));
        for (int i = 0; i < 2; i++) { // a burst of twice the rate
            client.get().uri("/api/subjects/1").header("Authorization", busy).exchange().expectStatus().isOk();
        }

        client.get().uri("/api/subjects/1").header("Authorization", busy).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("TOO_MANY_REQUESTS");
        client.get().uri("/api/subjects/1").header("Authorization", quiet).exchange().expectStatus().isOk();
    }

    @Test
    void givenSignInsFromOneAddress_whenTooFast_thenTooManyRequests() {
        int limited = 0;
        for (int i = 0; i < 4; i++) {
            int status = client.post().uri("/oauth2/token").exchange().returnResult(String.class).getStatus().value();
            limited += status == 429 ? 1 : 0;
        }
        assertThat(limited).isGreaterThanOrEqualTo(1);
    }

    private static HttpServer stub() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
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
