package vn.pcmt.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.pcmt.identity.IdentityProperties.Account;

/**
 * Refuses to start on accounts that would issue a token the services cannot judge: an unknown role, an area-scoped
 * role without areas, an id given twice, a secret shorter than 12 characters.
 */
@Component
class AccountsCheck implements ApplicationRunner {

    /** Roles that see the whole platform's (pseudonymised or audit) data rather than some areas. */
    private static final Set<String> UNSCOPED = Set.of(Roles.ANALYST, Roles.AUDITOR, Roles.ADMINISTRATOR);

    private final IdentityProperties properties;

    AccountsCheck(IdentityProperties properties) {
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> problems = problems(properties);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Identity accounts are wrong: " + String.join("; ", problems));
        }
    }

    static List<String> problems(IdentityProperties properties) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Account> all = new ArrayList<>(properties.users());
        all.addAll(properties.clients());
        for (Account account : all) {
            if (!ids.add(account.id())) {
                problems.add(account.id() + " is given twice");
            }
            if (!Roles.ALL.contains(account.role())) {
                problems.add(account.id() + " has an unknown role " + account.role());
            } else if (!UNSCOPED.contains(account.role()) && account.areas().isEmpty()) {
                problems.add(account.id() + " (" + account.role() + ") names no area");
            }
            if (account.secret() == null || account.secret().length() < 12) {
                problems.add(account.id() + " has a secret shorter than 12 characters");
            }
        }
        if (properties.client(IdentityConfiguration.WEB_CLIENT).isPresent()) {
            problems.add(IdentityConfiguration.WEB_CLIENT + " is the people's web client; a client system cannot take its id");
        }
        return problems;
    }
}
