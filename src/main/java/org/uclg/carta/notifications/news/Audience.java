package org.uclg.carta.notifications.news;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.uclg.carta.notifications.follow.Follows;
import org.uclg.carta.notifications.follow.Target;
import org.uclg.carta.notifications.inbox.Notices;

/** Who hears of an item: the followers of anything it is tagged with, each told once, with the first reason found. */
@Component
class Audience {

    private final Follows follows;

    Audience(Follows follows) {
        this.follows = follows;
    }

    /** The targets in the order given: an event's followers before its articles' followers, for instance. */
    Map<Long, Notices.Reason> following(Map<Target, ? extends Collection<Long>> tagged) {
        Map<Long, Notices.Reason> people = new LinkedHashMap<>();
        for (Target t : Target.values()) {
            Collection<Long> ids = tagged.get(t);
            if (ids == null) {
                continue;
            }
            follows.followersOf(t, ids)
                    .forEach((account, id) -> people.putIfAbsent(account, new Notices.Reason(t.code(), id)));
        }
        return people;
    }
}
