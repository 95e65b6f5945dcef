package org.uclg.carta.events.registration;

import java.util.Locale;

/** Where a registration stands; a cancelled one frees its seat and its address. */
public enum RegistrationState {
    PENDING,
    CONFIRMED,
    WAITING,
    CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "events.registration.state." + code();
    }
}
