package org.uclg.carta.events.calendar;

import java.util.Locale;
import java.util.Optional;

/** What an event's material is. */
public enum MaterialKind {
    AGENDA,
    SLIDES,
    MINUTES,
    RECORDING,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "events.material." + code();
    }

    public static Optional<MaterialKind> ofCode(String code) {
        for (MaterialKind m : values()) {
            if (m.code().equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
