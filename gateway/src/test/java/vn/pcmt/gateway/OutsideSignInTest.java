package vn.pcmt.gateway;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * With an outside identity provider (Keycloak in docker-compose) no identity server is configured: the sign-in paths
 * are not routed anywhere (404, not a 500 from a route to nobody), and tokens are still required everywhere else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GatewayTestSupport.TestKey.class)
class OutsideSignInTest {

    @Autowired
    WebTestClient anonymous;

    @ParameterizedTest
    @ValueSource(strings = {"/oauth2/token", "/.well-known/openid-configuration", "/login"})
    void givenNoIdentityServer_whenASignInPathIsCalled_thenNotFound(String path) {
        anonymous.get().uri(path).exchange().expectStatus().isNotFound();
    }

    @Test
    void givenNoIdentityServer_whenAServiceIsCalledWithoutAToken_thenStillUnauthenticated() {
        anonymous.get().uri("/api/subjects/42").exchange().expectStatus().isUnauthorized();
        anonymous.get().uri("/api/areas/40").header("Authorization", "Bearer " + GatewayTestSupport.token("another-api",
                Instant.now().plusSeconds(600))).exchange().expectStatus().isUnauthorized();
    }
}
