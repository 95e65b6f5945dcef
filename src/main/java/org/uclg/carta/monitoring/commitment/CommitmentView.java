package org.uclg.carta.monitoring.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A commitment as pages and the API see it; {@code open} is false for an internal one. */
public record CommitmentView(
        long id,
        long localGovernmentId,
        TranslatableText title,
        TranslatableText description,
        String department,
        LocalDate startsOn,
        LocalDate endsOn,
        String baseline,
        String target,
        BigDecimal budget,
        String currency,
        boolean open,
        Set<Long> articleIds,
        long version) {

    public String path() {
        return "/monitoring/commitments/" + id;
    }
}
