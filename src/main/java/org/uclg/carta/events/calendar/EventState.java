package org.uclg.carta.events.calendar;

import java.util.Locale;

/** Where an event stands: a draft is only seen by its organisers; the others are public. */
public enum EventState {
    DRAFT,
    PUBLISHED,
    CANCELLED,
    POSTPONED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "events.state." + code();
    }
}
