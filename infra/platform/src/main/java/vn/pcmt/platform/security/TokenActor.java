package vn.pcmt.platform.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.pcmt.platform.axon.CurrentActor;
import vn.pcmt.platform.event.Actor;

/**
 * The caller as the validated token says: its subject, its role, and the area it acts for (the first of its areas;
 * none for roles that act for no area). Outside a request (a consumer, a scheduled job) there is no token: the
 * caller is {@link Actor#UNAUTHENTICATED} and such code names its own system actor.
 */
public class TokenActor implements CurrentActor {

    @Override
    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Actor.UNAUTHENTICATED;
        }
        return of(token.getToken());
    }

    public static Actor of(Jwt jwt) {
        List<String> areas = jwt.getClaimAsStringList("areas");
        return new Actor(userId(jwt), jwt.getClaimAsString("role"), areas == null || areas.isEmpty() ? null : areas.getFirst());
    }

    /**
     * Who the token names, as officers know them: the user name when the provider gives one ({@code preferred_username},
     * as Keycloak does, whose {@code sub} is an opaque id), else the subject (the embedded identity server's subject is
     * the user name).
     */
    public static String userId(Jwt jwt) {
        String name = jwt.getClaimAsString("preferred_username");
        return name == null || name.isBlank() ? jwt.getSubject() : name;
    }
}
