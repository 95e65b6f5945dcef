package org.uclg.carta.advocacy.partnership;

import java.time.LocalDate;

/** A recorded agreement with a partner; {@code fileName} is null when no document is attached. */
public record Agreement(long id, long partnerId, AgreementData data, String fileName, long version) {

    /** In force on that day: started, and not ended (an open-ended agreement stays in force). */
    public boolean active(LocalDate day) {
        return !day.isBefore(data.startsOn()) && (data.endsOn() == null || !day.isAfter(data.endsOn()));
    }

    /** Signed, but not yet in force on that day. */
    public boolean upcoming(LocalDate day) {
        return day.isBefore(data.startsOn());
    }

    /** in-force, upcoming or ended: the code the pages and the API use. */
    public String status(LocalDate day) {
        return active(day) ? "in-force" : upcoming(day) ? "upcoming" : "ended";
    }

    public boolean hasDocument() {
        return fileName != null;
    }

    public String documentPath() {
        return "/partnerships/agreements/" + id + "/document";
    }
}
