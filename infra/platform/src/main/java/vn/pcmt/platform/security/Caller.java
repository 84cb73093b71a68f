package vn.pcmt.platform.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The signed-in caller as their token says: {@code role} and every area code they act for ({@code areas}); empty
 * outside a request with a token. {@link #NATIONAL} in {@code areas} is the whole country (the Ministry's level).
 */
public record Caller(String userId, String role, List<String> areas) {

    /** The area code of the whole country: a national officer's scope. */
    public static final String NATIONAL = "VN";

    public Caller {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    public static Optional<Caller> current() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        return Optional.of(new Caller(TokenActor.userId(token.getToken()), token.getToken().getClaimAsString("role"),
                token.getToken().getClaimAsStringList("areas")));
    }

    public boolean national() {
        return areas.contains(NATIONAL);
    }
}
