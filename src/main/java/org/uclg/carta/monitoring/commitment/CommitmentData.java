package org.uclg.carta.monitoring.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableText;

/** The checked content of a commitment. {@code open} is false for an internal one. */
public record CommitmentData(
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
        Set<Long> articleIds) {}
