package org.uclg.carta.events.registration;

/** An event's registration figures, as the event page and the API give them. */
public record Seats(Integer capacity, long confirmed, long waiting, long pending) {

    public static final Seats NONE = new Seats(null, 0, 0, 0);

    public Seats withCapacity(org.uclg.carta.events.calendar.EventView e) {
        return new Seats(e.data().registration().capacity(), confirmed, waiting, pending);
    }

    public boolean full() {
        return capacity != null && confirmed >= capacity;
    }

    public Long free() {
        return capacity == null ? null : Math.max(0, capacity - confirmed);
    }
}
