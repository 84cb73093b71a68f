package vn.pcmt.identity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The accounts of the embedded default: people who sign in with a password, and commune client systems that sign in
 * with their secret (client credentials), each with one role and the areas it acts for.
 *
 * @param issuer             the URL tokens name as their issuer: the gateway's, where callers reach the platform
 * @param keyFile            where the signing key is kept (created on first start, readable by its owner only)
 * @param accessTokenTtl     how long an access token is valid
 * @param audience           the audience every access token names, which the services require
 * @param webRedirectUris    where the people's web client may receive its authorisation code
 */
@ConfigurationProperties("pcmt.identity")
public record IdentityProperties(String issuer, String keyFile, Duration accessTokenTtl, String audience, List<String> webRedirectUris,
                                 List<Account> users, List<Account> clients) {

    /** A person or a client system: its id, secret or password, role, areas and display name. */
    public record Account(String id, String secret, String role, List<String> areas, String name) {

        public Account {
            areas = areas == null ? List.of() : List.copyOf(areas);
        }
    }

    /** @throws IllegalArgumentException on accounts the services could not judge ({@link AccountsCheck}): nothing starts */
    public IdentityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        clients = clients == null ? List.of() : List.copyOf(clients);
        webRedirectUris = webRedirectUris == null ? List.of() : List.copyOf(webRedirectUris);
        List<String> problems = AccountsCheck.problems(users, clients);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Identity accounts are wrong: " + String.join("; ", problems));
        }
    }

    public Optional<Account> user(String username) {
        return users.stream().filter(user -> user.id().equals(username)).findFirst();
    }

    public Optional<Account> client(String clientId) {
        return clients.stream().filter(client -> client.id().equals(clientId)).findFirst();
    }
}
