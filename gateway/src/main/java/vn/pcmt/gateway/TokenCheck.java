package vn.pcmt.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway turns away a request to the services without a valid token (signed by the identity server's key, from
 * its issuer, for the platform's audience, not expired) before routing it: a 401 problem, nothing forwarded. Sign-in,
 * health, the API documents and the fallback stay open. Every service checks the token again (DESIGN.md).
 */
@Configuration
@EnableWebFluxSecurity
class TokenCheck {

    @Bean
    SecurityWebFilterChain tokensRequired(ServerHttpSecurity http, ObjectMapper mapper) {
        return http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers(SignInRoute.PATHS).permitAll()
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/**", "/fallback/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> { })
                        .authenticationEntryPoint((exchange, e) -> problem(exchange, mapper)))
                // stateless: a token on every request, no session to keep a security context or a request to replay in
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .build();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${pcmt.security.jwk-set-uri}") String jwkSetUri, @Value("${pcmt.security.issuer}") String issuer,
                                  @Value("${pcmt.security.audience}") String audience) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decoder.setJwtValidator(validator(issuer, audience));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        OAuth2TokenValidator<Jwt> forThePlatform = jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token is not for " + audience, null));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), forThePlatform);
    }

    private static Mono<Void> problem(ServerWebExchange exchange, ObjectMapper mapper) {
        exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
        return Problems.write(exchange, mapper, Problems.of(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Chưa xác thực",
                "UNAUTHENTICATED", "Cần đăng nhập: thiếu mã truy cập, hoặc mã không hợp lệ hay đã hết hạn."));
    }
}
