package vn.pcmt.identity;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import vn.pcmt.identity.IdentityProperties.Account;

/**
 * The authorisation server: its protocol endpoints (token, authorize, JWKS, OIDC discovery and user info), a sign-in
 * page for people, the registered clients and users from {@link IdentityProperties}, and the claims every access token
 * carries: {@code role}, {@code areas} (the area codes the caller acts for), {@code name}, and the platform's audience.
 */
@Configuration
class IdentityConfiguration {

    /** The public client people sign in through (authorization code with PKCE, no secret). */
    static final String WEB_CLIENT = "pcmt-web";

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http, LoginAttempts attempts) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> configurer.oidc(Customizer.withDefaults())
                        .clientAuthentication(clients -> clients.authenticationProviders(providers -> providers.replaceAll(provider ->
                                provider instanceof ClientSecretAuthenticationProvider ? new ClientSecretLockout(provider, attempts) : provider))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                // one answer for a wrong password, an unknown username and a locked account: who has one stays unsaid
                .formLogin(login -> login.failureHandler((request, response, e) -> response.sendRedirect("/login?error")));
        return http.build();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** People, each with one role; a username locked by {@link LoginAttempts} cannot sign in until the lock runs out. */
    @Bean
    UserDetailsService users(IdentityProperties properties, PasswordEncoder encoder, LoginAttempts attempts) {
        List<UserDetailsWithSecret> known = properties.users().stream()
                .map(user -> new UserDetailsWithSecret(user, encoder.encode(user.secret())))
                .toList();
        return username -> known.stream().filter(user -> user.account().id().equals(username)).findFirst()
                .map(user -> User.withUsername(user.account().id()).password(user.encoded()).roles(user.account().role())
                        .accountLocked(attempts.locked(username)).build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    private record UserDetailsWithSecret(Account account, String encoded) {
    }

    /** Commune systems (client credentials) and the people's web client (authorization code with PKCE). */
    @Bean
    RegisteredClientRepository clients(IdentityProperties properties, PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
        List<RegisteredClient> clients = new ArrayList<>(properties.clients().stream()
                .map(client -> RegisteredClient.withId(UUID.nameUUIDFromBytes(client.id().getBytes()).toString())
                        .clientId(client.id())
                        .clientSecret(encoder.encode(client.secret()))
                        .clientName(client.name())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(tokens)
                        .build())
                .toList());
        RegisteredClient.Builder web = RegisteredClient.withId(UUID.nameUUIDFromBytes(WEB_CLIENT.getBytes()).toString())
                .clientId(WEB_CLIENT)
                .clientName("PCMT web")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens);
        properties.webRedirectUris().forEach(web::redirectUri);
        clients.add(web.build());
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(IdentityProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(Path.of(properties.keyFile()))));
    }

    @Bean
    AuthorizationServerSettings serverSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    /** Every access token says who acts, in which role, for which areas, and that it is for the platform. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims(IdentityProperties properties) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            String name = context.getPrincipal().getName();
            Account account = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                    ? properties.client(name).orElseThrow()
                    : properties.user(name).orElseThrow();
            context.getClaims()
                    .audience(List.of(properties.audience()))
                    .claim("role", account.role())
                    .claim("areas", account.areas())
                    .claim("name", account.name());
        };
    }
}
