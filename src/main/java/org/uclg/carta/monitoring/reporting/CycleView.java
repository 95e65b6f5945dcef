package org.uclg.carta.monitoring.reporting;

import java.time.LocalDate;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A reporting cycle as pages, the API and other modules see it. */
public record CycleView(
        long id,
        String frameworkCode,
        TranslatableText title,
        TranslatableText instructions,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate opensOn,
        LocalDate deadline,
        StatusScale scale,
        Set<Long> articleIds,
        Set<Long> indicatorIds,
        long version) {

    public String path() {
        return "/monitoring/cycles/" + id;
    }

    /** upcoming, open or closed on that day. */
    public String phase(LocalDate today) {
        if (today.isBefore(opensOn)) {
            return "upcoming";
        }
        return today.isAfter(deadline) ? "closed" : "open";
    }

    /** The year indicator values of this cycle refer to by default: the last year of its period. */
    public int valueYear() {
        return periodEnd.getYear();
    }
}
