package org.uclg.carta.monitoring.reporting;

import java.time.LocalDate;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableText;

/** A reporting cycle's fields once checked. */
public record CycleData(
        TranslatableText title,
        TranslatableText instructions,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate opensOn,
        LocalDate deadline,
        StatusScale scale,
        Set<Long> articleIds,
        Set<Long> indicatorIds) {}
