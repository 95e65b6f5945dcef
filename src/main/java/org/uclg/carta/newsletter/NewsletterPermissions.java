package org.uclg.carta.newsletter;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.security.Actor;

/** The secretariat writes and sends issues and manages subscribers; anyone may subscribe and read the archive. */
@Component
public class NewsletterPermissions {

    public boolean mayEdit(Object principal) {
        return Actor.of(principal).secretariat();
    }
}
