package org.uclg.carta.advocacy.partnership;

import java.time.LocalDate;

/** A recorded agreement with a partner; {@code fileName} is null when no document is attached. */
public record Agreement(long id, long partnerId, AgreementData data, String fileName, long version) {

    /** In force on that day: started, and not ended (an open-ended agreement stays in force). */
    public boolean active(LocalDate day) {
        return !day.isBefore(data.startsOn()) && (data.endsOn() == null || !day.isAfter(data.endsOn()));
    }

    public boolean hasDocument() {
        return fileName != null;
    }

    public String documentPath() {
        return "/partnerships/agreements/" + id + "/document";
    }
}
