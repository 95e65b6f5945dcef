package org.uclg.carta.monitoring.indicator;

import java.util.List;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableText;

/** The checked content of an indicator, however it arrived (form, demo). */
public record IndicatorData(
        String code,
        TranslatableText name,
        TranslatableText definition,
        IndicatorKind kind,
        String unit,
        Direction direction,
        List<String> disaggregations,
        Set<Long> articleIds) {}
