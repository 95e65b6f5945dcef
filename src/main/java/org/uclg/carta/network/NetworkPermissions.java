package org.uclg.carta.network;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.security.Actor;

/**
 * Who may change the directory of local governments: the secretariat creates, edits and imports them. Controllers, the API and
 * method security (@networkPermissions in @PreAuthorize) ask here.
 */
@Component("networkPermissions")
public class NetworkPermissions {

    public boolean mayEdit(Actor actor) {
        return actor != null && actor.secretariat();
    }

    /** For @PreAuthorize, which sees the security principal. */
    public boolean mayEdit(Object principal) {
        return mayEdit(Actor.of(principal));
    }
}
