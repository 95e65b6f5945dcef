package org.uclg.carta.library;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.content.PublicationState;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.library.resource.ResourceView;

/**
 * Who may do what in the Resource Space, in one place: pages, the API, templates and
 * method security (@libraryPermissions in @PreAuthorize) ask here. Representatives share resources for
 * the local governments they represent and edit them until submitted; the secretariat edits,
 * reviews and publishes everything, and imports.
 */
@Component("libraryPermissions")
public class LibraryPermissions {

    public boolean isEditor(Actor actor) {
        return actor != null && actor.secretariat();
    }

    /** Shares resources for this local government: a representative of it. */
    public boolean ownsFor(Actor actor, Long localGovernmentId) {
        return actor != null && actor.represents(localGovernmentId);
    }

    /** Creates a resource owned by this local government (or by none, for the secretariat). */
    public boolean mayCreateFor(Actor actor, Long owner) {
        return isEditor(actor) || ownsFor(actor, owner);
    }

    /** Sees it: published, or theirs to work on, or anything for the secretariat. */
    public boolean maySee(Actor actor, ResourceView r) {
        return r.published() || isEditor(actor) || ownsFor(actor, r.ownerLocalGovernmentId());
    }

    /** Edits it now: the secretariat always, its owners while it is a draft or returned. */
    public boolean mayEdit(Actor actor, ResourceView r) {
        return isEditor(actor)
                || (ownsFor(actor, r.ownerLocalGovernmentId())
                        && (r.state() == PublicationState.DRAFT || r.state() == PublicationState.RETURNED));
    }

    public void requireEdit(Actor actor, ResourceView r) {
        require(mayEdit(actor, r), "May not edit this resource now");
    }

    /** Publishes, returns to authors, retries extraction. */
    public void requireEditor(Actor actor) {
        require(isEditor(actor), "Editors only");
    }

    public void requireCreateFor(Actor actor, Long owner) {
        require(mayCreateFor(actor, owner), "Not a representative of this local government");
    }

    /** Imports, for {@code @PreAuthorize}. */
    public boolean mayImport(Object principal) {
        return isEditor(Actor.of(principal));
    }

    /** The writing desk (new resource, my resources), for {@code @PreAuthorize}. */
    public boolean mayWrite(Object principal) {
        Actor actor = Actor.of(principal);
        return isEditor(actor) || actor.representative();
    }

    private static void require(boolean allowed, String why) {
        if (!allowed) {
            throw new AccessDeniedException(why);
        }
    }
}
