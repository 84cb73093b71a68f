package vn.pcmt.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.pcmt.identity.IdentityProperties.Account;

/**
 * The accounts the server refuses to start with, because it would issue tokens the services cannot judge: an unknown
 * role, an area-scoped role without areas, an id given twice, a secret shorter than 12 characters, a client system
 * taking the people's web client's id. Checked when the properties are bound, before anything listens.
 */
final class AccountsCheck {

    /** Roles that see the whole platform's (pseudonymised or audit) data rather than some areas. */
    private static final Set<String> UNSCOPED = Set.of(Roles.ANALYST, Roles.AUDITOR, Roles.ADMINISTRATOR);

    private AccountsCheck() {
    }

    static List<String> problems(List<Account> users, List<Account> clients) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Account> all = new ArrayList<>(users);
        all.addAll(clients);
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
        if (clients.stream().anyMatch(client -> client.id().equals(IdentityConfiguration.WEB_CLIENT))) {
            problems.add(IdentityConfiguration.WEB_CLIENT + " is the people's web client; a client system cannot take its id");
        }
        return problems;
    }
}
