package org.uclg.carta.events.calendar;

import java.util.Locale;
import java.util.Optional;

/** What kind of gathering an event is; its code is what URLs and the API use. */
public enum EventKind {
    MEETING,
    DEBATE,
    LEARNING,
    FORUM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "events.kind." + code();
    }

    public static Optional<EventKind> ofCode(String code) {
        for (EventKind k : values()) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
