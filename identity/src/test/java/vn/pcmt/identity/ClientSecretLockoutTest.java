package vn.pcmt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.pcmt.identity.IdentityProperties.Account;

class ClientSecretLockoutTest {

    static final String RIGHT = "the-right-secret-1";

    /** The clock moves on by hand. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-24T02:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Hands clock = new Hands();
    final LoginAttempts attempts = new LoginAttempts(clock, new IdentityProperties(null, null, null, null, List.of(), List.of(),
            List.of(new Account("xa-1-system", RIGHT, "COMMUNE_OFFICER", List.of("10101"), "Xã 1"))));
    /** Accepts the right secret only, as the authorisation server's own provider does. */
    final AuthenticationProvider secrets = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            if (!RIGHT.equals(authentication.getCredentials())) {
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
            }
            return authentication;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    final ClientSecretLockout lockout = new ClientSecretLockout(secrets, attempts);

    @ParameterizedTest(name = "{0} wrong, then the right one {1} min after the last: signed in {2}")
    @CsvSource({"4, 0, true", "5, 0, false", "5, 14, false", "5, 16, true"})
    void givenWrongSecrets_whenTheRightOneFollows_thenLockedFromTheFifthForFifteenMinutes(int wrong, int minutesLater, boolean signedIn) {
        for (int i = 0; i < wrong; i++) {
            assertThatThrownBy(() -> lockout.authenticate(token("xa-1-system", "wrong-secret"))).isInstanceOf(OAuth2AuthenticationException.class);
        }
        clock.now = clock.now.plus(Duration.ofMinutes(minutesLater));

        if (signedIn) {
            assertThat(lockout.authenticate(token("xa-1-system", RIGHT))).isNotNull();
        } else {
            assertThatThrownBy(() -> lockout.authenticate(token("xa-1-system", RIGHT))).isInstanceOf(OAuth2AuthenticationException.class);
        }
    }

    @Test
    void givenAGuesserLockedOutAtOneAddress_whenTheSystemSignsInFromItsOwn_thenSignedIn() {
        from("203.0.113.9");
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> lockout.authenticate(token("xa-1-system", "wrong-secret"))).isInstanceOf(OAuth2AuthenticationException.class);
        }
        assertThatThrownBy(() -> lockout.authenticate(token("xa-1-system", RIGHT))).isInstanceOf(OAuth2AuthenticationException.class);

        from("198.51.100.7");
        assertThat(lockout.authenticate(token("xa-1-system", RIGHT))).isNotNull();
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static OAuth2ClientAuthenticationToken token(String clientId, String secret) {
        return new OAuth2ClientAuthenticationToken(clientId, ClientAuthenticationMethod.CLIENT_SECRET_BASIC, secret, null);
    }
}
