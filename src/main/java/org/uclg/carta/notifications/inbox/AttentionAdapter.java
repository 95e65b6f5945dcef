package org.uclg.carta.notifications.inbox;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.web.Attention;
import org.uclg.carta.notifications.follow.Follows;

/** Answers the page layout: the unread count in the header and the state of follow buttons. */
@Component
class AttentionAdapter implements Attention {

    private final Persons persons;
    private final Notices notices;
    private final Follows follows;

    AttentionAdapter(Persons persons, Notices notices, Follows follows) {
        this.persons = persons;
        this.notices = notices;
        this.follows = follows;
    }

    @Override
    public long unread(String username) {
        return persons.idOf(username).map(notices::unread).orElse(0L);
    }

    @Override
    public boolean follows(String username, String target, long id) {
        return persons.idOf(username).map(a -> follows.follows(a, target, id)).orElse(false);
    }
}
