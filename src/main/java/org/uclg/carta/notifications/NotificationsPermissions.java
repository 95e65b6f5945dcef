package org.uclg.carta.notifications;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.security.Actor;

/** Everything here is personal: a person sees and changes only their own follows, notices and preferences. */
@Component
public class NotificationsPermissions {

    /** The sign-in is checked by the security rules first; this guards calls from elsewhere (the API). */
    public void requireSignedIn(Actor actor) {
        if (!actor.signedIn()) {
            throw new AccessDeniedException("sign in");
        }
    }

    /** Editors see, on My Carta, what waits for the secretariat. */
    public boolean seesSecretariatWork(Actor actor) {
        return actor.secretariat();
    }
}
