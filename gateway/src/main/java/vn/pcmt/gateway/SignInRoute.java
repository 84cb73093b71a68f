package vn.pcmt.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sign-in through the gateway (ADR 6): the embedded identity server's endpoints, reached where its tokens say they were
 * issued, only where there is one ({@code pcmt.services.identity-url}, which {@code ./run} sets). With an outside
 * provider (Keycloak in docker-compose) callers sign in at the provider, and these paths are not the gateway's (404).
 */
@Configuration
@ConditionalOnProperty("pcmt.services.identity-url")
class SignInRoute {

    static final String[] PATHS = {"/oauth2/**", "/.well-known/**", "/login", "/logout", "/userinfo", "/connect/**"};

    @Bean
    RouteLocator signIn(RouteLocatorBuilder routes, @Value("${pcmt.services.identity-url}") String identity) {
        return routes.routes().route("identity", route -> route.path(PATHS).uri(identity)).build();
    }
}
