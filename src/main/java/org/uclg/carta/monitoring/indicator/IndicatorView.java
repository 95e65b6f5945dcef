package org.uclg.carta.monitoring.indicator;

import java.util.List;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableText;

/** An indicator as pages, the API and other modules see it. */
public record IndicatorView(
        long id,
        String code,
        TranslatableText name,
        TranslatableText definition,
        IndicatorKind kind,
        String unit,
        Direction direction,
        List<String> disaggregations,
        Set<Long> articleIds,
        long version) {

    /** The unit of yes/no indicators: their values are 0 or 1, shown as a status per year rather than a line. */
    public static final String YES_NO = "0/1";

    public boolean yesNo() {
        return YES_NO.equals(unit);
    }

    /** The message key for a yes/no value, or null when the indicator is a number. */
    public String yesNoKey(java.math.BigDecimal value) {
        return !yesNo() ? null : value.signum() == 0 ? "monitoring.values.no" : "monitoring.values.yes";
    }

    public String path() {
        return "/monitoring/indicators/" + id;
    }
}
