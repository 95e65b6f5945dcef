package org.uclg.carta.accounts;

import java.util.Set;

/** A person as admins list them. */
public record UserView(long id, String email, String name, Set<Role> roles, boolean enabled) {

    static UserView of(Account a) {
        return new UserView(a.id(), a.email(), a.displayName(), a.roles(), a.enabled());
    }
}
