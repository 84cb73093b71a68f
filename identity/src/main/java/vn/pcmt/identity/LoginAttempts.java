package vn.pcmt.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a username after {@value #MAX_FAILURES} wrong passwords within {@link #WINDOW}, for {@link #LOCK}: guessing a
 * password takes too long to be worth it, and the person can try again later (issue 7, abuse limits). A right
 * password clears the count. Client systems' secrets are counted the same way ({@link ClientSecretLockout}); their
 * count runs out with the window. Kept in memory: a restart forgives.
 */
@Component
public class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Client ids and usernames are counted apart, even where one is spelled like the other. */
    private static final String CLIENT = "client:";

    private final Clock clock;
    private final IdentityProperties accounts;
    private final Map<String, List<Instant>> failures = new ConcurrentHashMap<>();

    public LoginAttempts(Clock clock, IdentityProperties accounts) {
        this.clock = clock;
        this.accounts = accounts;
    }

    /** Counted for known usernames only, at most the last {@value #MAX_FAILURES} each: what a guesser types costs no memory. */
    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (accounts.user(username).isPresent()) {
            failed(username);
        }
    }

    /**
     * A client system's wrong secret from {@code address}: counted like a person's wrong password, for known client ids
     * only, and per address, since a client id is no secret: a guesser elsewhere cannot lock the real system out.
     */
    void clientFailed(String clientId, String address) {
        if (accounts.client(clientId).isPresent()) {
            failed(CLIENT + clientId + "@" + address);
        }
    }

    /** Whether the client system's id is locked by wrong secrets from {@code address}. */
    boolean clientLocked(String clientId, String address) {
        return locked(CLIENT + clientId + "@" + address);
    }

    private void failed(String name) {
        Instant now = clock.instant();
        failures.compute(name, (key, times) -> {
            List<Instant> recent = new ArrayList<>(times == null ? List.of() : times);
            recent.add(now);
            return List.copyOf(recent.subList(Math.max(0, recent.size() - MAX_FAILURES), recent.size()));
        });
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        failures.remove(event.getAuthentication().getName());
    }

    /** Whether {@code username} had {@value #MAX_FAILURES} failures within the window and the lock has not run out. */
    public boolean locked(String username) {
        List<Instant> recent = failures.get(username); // replaced whole on each failure, never changed in place
        if (recent == null || recent.size() < MAX_FAILURES) {
            return false;
        }
        Instant first = recent.getFirst();
        Instant last = recent.getLast();
        return Duration.between(first, last).compareTo(WINDOW) <= 0 && clock.instant().isBefore(last.plus(LOCK));
    }
}
