package org.uclg.carta.events.forum;

import java.util.Locale;
import java.util.Optional;

/** The formats of a Forum session. */
public enum SessionFormat {
    PLENARY,
    THEMATIC,
    WORKSHOP,
    SIDE_EVENT,
    CULTURAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String labelKey() {
        return "forum.format." + code();
    }

    public static Optional<SessionFormat> ofCode(String code) {
        for (SessionFormat f : values()) {
            if (f.code().equals(code)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
