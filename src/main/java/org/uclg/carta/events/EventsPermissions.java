package org.uclg.carta.events;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.uclg.carta.events.calendar.EventState;
import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.kit.security.Actor;

/**
 * Who may do what with events, in one place: pages, the API, templates and method security
 * (@eventsPermissions in @PreAuthorize) ask here. The secretariat creates and runs events;
 * representatives of an organising local government run that event's registrations; everyone
 * sees published, cancelled and postponed events and may register while registration is open.
 */
@Component("eventsPermissions")
public class EventsPermissions {

    /** Creates events and edits any of them, for {@code @PreAuthorize}. */
    public boolean mayCreate(Object principal) {
        return Actor.of(principal).secretariat();
    }

    public boolean isEditor(Actor actor) {
        return actor != null && actor.secretariat();
    }

    /** Edits this event: the secretariat. */
    public boolean mayEdit(Actor actor, EventView event) {
        return isEditor(actor);
    }

    /** Sees its registrants, approves, exports and prints the attendance list: editors and organisers. */
    public boolean mayRunRegistrations(Actor actor, EventView event) {
        return isEditor(actor)
                || (actor != null
                        && event.organiserLocalGovernmentIds().stream().anyMatch(actor::represents));
    }

    /** A draft is seen by those who run it; anything else is public. */
    public boolean maySee(Actor actor, EventView event) {
        return event.state() != EventState.DRAFT || mayRunRegistrations(actor, event);
    }

    public void requireEdit(Actor actor, EventView event) {
        require(mayEdit(actor, event), "Only the secretariat edits events");
    }

    public void requireRunRegistrations(Actor actor, EventView event) {
        require(mayRunRegistrations(actor, event), "Not an organiser of this event");
    }

    private static void require(boolean allowed, String why) {
        if (!allowed) {
            throw new AccessDeniedException(why);
        }
    }
}
