package vn.pcmt.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;

/**
 * Client secrets get the lockout people's passwords get ({@link LoginAttempts}): a client id with too many wrong secrets
 * is refused for a while, with the same {@code invalid_client} answer as a wrong secret, so the lock says nothing.
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
        if (attempts.clientLocked(clientId)) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
        }
        try {
            return secrets.authenticate(authentication);
        } catch (OAuth2AuthenticationException e) {
            if (OAuth2ErrorCodes.INVALID_CLIENT.equals(e.getError().getErrorCode())) {
                attempts.clientFailed(clientId);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return secrets.supports(authentication);
    }
}
