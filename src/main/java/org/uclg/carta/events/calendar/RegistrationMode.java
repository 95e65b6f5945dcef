package org.uclg.carta.events.calendar;

import java.util.Locale;
import java.util.Optional;

/** Who may register: nobody, anyone, or only the addresses the organisers invited. */
public enum RegistrationMode {
    CLOSED,
    OPEN,
    INVITATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "events.registration.mode." + code();
    }

    public static Optional<RegistrationMode> ofCode(String code) {
        for (RegistrationMode m : values()) {
            if (m.code().equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
