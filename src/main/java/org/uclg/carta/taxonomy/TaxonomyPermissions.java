package org.uclg.carta.taxonomy;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.security.Actor;

/**
 * Who may change the rights frameworks: the secretariat corrects article labels and tracks. Controllers, the API and
 * method security (@taxonomyPermissions in @PreAuthorize) ask here.
 */
@Component("taxonomyPermissions")
public class TaxonomyPermissions {

    public boolean mayEdit(Actor actor) {
        return actor != null && actor.secretariat();
    }

    /** For @PreAuthorize, which sees the security principal. */
    public boolean mayEdit(Object principal) {
        return mayEdit(Actor.of(principal));
    }
}
