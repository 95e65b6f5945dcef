package org.uclg.carta.notifications.inbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.uclg.carta.accounts.Notifications;
import org.uclg.carta.kit.security.Actor;

/**
 * The account id behind a signed-in person. Asked on every page for the unread count, so the
 * answer is kept: an account's address does not change, and the map is bounded.
 */
@Component
public class Persons {

    private static final int MAX_KEPT = 20_000;

    private final Notifications accounts;
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    Persons(Notifications accounts) {
        this.accounts = accounts;
    }

    public Optional<Long> idOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Long known = ids.get(username);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> found = accounts.accountIdOf(username);
        found.ifPresent(id -> {
            if (ids.size() >= MAX_KEPT) {
                ids.clear();
            }
            ids.put(username, id);
        });
        return found;
    }

    /** The account of a signed-in person; anyone else is refused. */
    public long require(Actor actor) {
        return idOf(actor.username()).orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
