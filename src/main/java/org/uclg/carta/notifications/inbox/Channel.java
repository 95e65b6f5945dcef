package org.uclg.carta.notifications.inbox;

/**
 * How a person hears of a kind of notice. Every channel but OFF keeps the notice in the centre;
 * delivery is the notice's email schedule (now, daily, weekly) or null for none.
 */
public enum Channel {
    IN_APP(null),
    EMAIL("now"),
    DAILY("daily"),
    WEEKLY("weekly"),
    OFF(null);

    /** Used when a person never chose. */
    public static final Channel DEFAULT = DAILY;

    private final String delivery;

    Channel(String delivery) {
        this.delivery = delivery;
    }

    public String delivery() {
        return delivery;
    }
}
