package vn.pcmt.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Client secrets get the lockout people's passwords get ({@link LoginAttempts}): a client id with too many wrong secrets
 * from one address is refused there for a while, with the same {@code invalid_client} answer as a wrong secret, so
 * the lock says nothing; the system signing in from its own address is not locked out by a guesser elsewhere.
 */
final class ClientSecretLockout implements AuthenticationProvider {

    private final AuthenticationProvider secrets;
    private final LoginAttempts attempts;

    ClientSecretLockout(AuthenticationProvider secrets, LoginAttempts attempts) {
        this.secrets = secrets;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String clientId = ((OAuth2ClientAuthenticationToken) authentication).getPrincipal().toString();
        String address = address();
        if (attempts.clientLocked(clientId, address)) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
        }
        try {
            return secrets.authenticate(authentication);
        } catch (OAuth2AuthenticationException e) {
            if (OAuth2ErrorCodes.INVALID_CLIENT.equals(e.getError().getErrorCode())) {
                attempts.clientFailed(clientId, address);
            }
            throw e;
        }
    }

    /** The caller's address as the gateway forwarded it (the identity server listens to the gateway only). */
    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return secrets.supports(authentication);
    }
}
