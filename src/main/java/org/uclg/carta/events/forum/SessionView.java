package org.uclg.carta.events.forum;

/** A session as the programme, its page and the feeds show it. */
public record SessionView(long id, long eventId, long version, SessionData data) {

    public String path() {
        return "/forum/sessions/" + id;
    }
}
