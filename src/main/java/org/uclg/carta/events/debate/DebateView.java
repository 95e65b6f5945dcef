package org.uclg.carta.events.debate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A debate as pages and the API show it. */
public record DebateView(
        long id, DebateData data, TranslatableText conclusion, Instant concludedAt, Set<Long> cited, long version) {

    public String path() {
        return "/debates/" + id;
    }

    public boolean closed() {
        return concludedAt != null;
    }

    /** Positions are taken between the opening and closing days, while no conclusion is written. */
    public boolean open(LocalDate today) {
        return !closed() && !today.isBefore(data.opensOn()) && !today.isAfter(data.closesOn());
    }
}
