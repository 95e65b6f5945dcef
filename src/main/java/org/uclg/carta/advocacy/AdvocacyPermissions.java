package org.uclg.carta.advocacy;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.security.Actor;

/**
 * Who may do what in advocacy, in one place: pages, the API and templates ask here. The
 * secretariat runs campaigns and initiatives and verifies endorsements; a representative proposes
 * a campaign or an initiative and endorses or joins for the local governments they represent;
 * anyone may sign a campaign.
 */
@Component("advocacyPermissions")
public class AdvocacyPermissions {

    /** Creates and edits campaigns, initiatives and agreements, for {@code @PreAuthorize}. */
    public boolean mayEdit(Object principal) {
        return Actor.of(principal).secretariat();
    }

    public boolean isEditor(Actor actor) {
        return actor != null && actor.secretariat();
    }

    /** Proposes a campaign or an initiative for one of their local governments. */
    public boolean mayPropose(Actor actor) {
        return actor != null
                && actor.representative()
                && !actor.localGovernments().isEmpty();
    }

    /** Endorses, joins or withdraws for this local government. */
    public boolean mayActFor(Actor actor, long localGovernmentId) {
        return actor != null && actor.represents(localGovernmentId);
    }

    /** Sees focal points' contact details: signed-in members and the secretariat. */
    public boolean maySeeContacts(Actor actor) {
        return actor != null && (actor.secretariat() || actor.representative());
    }

    public void requireEditor(Actor actor) {
        require(isEditor(actor), "Editors only");
    }

    public void requireActFor(Actor actor, long localGovernmentId) {
        require(mayActFor(actor, localGovernmentId), "Not a representative of this local government");
    }

    public static void require(boolean allowed, String why) {
        if (!allowed) {
            throw new AccessDeniedException(why);
        }
    }
}
