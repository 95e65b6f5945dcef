package org.uclg.carta.site;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.security.Actor;

/**
 * Who may change the site's own pages (about, privacy): the secretariat edits them. Controllers, the API and
 * method security (@sitePermissions in @PreAuthorize) ask here.
 */
@Component("sitePermissions")
public class SitePermissions {

    public boolean mayEdit(Actor actor) {
        return actor != null && actor.secretariat();
    }

    /** For @PreAuthorize, which sees the security principal. */
    public boolean mayEdit(Object principal) {
        return mayEdit(Actor.of(principal));
    }
}
