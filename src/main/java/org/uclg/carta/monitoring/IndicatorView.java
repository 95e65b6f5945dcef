package org.uclg.carta.monitoring;

import java.util.List;
import java.util.Set;

import org.uclg.carta.kit.i18n.TranslatableText;

/** An indicator as pages, the API and other modules see it. */
public record IndicatorView(long id, String code, TranslatableText name, TranslatableText definition,
        IndicatorKind kind, String unit, Direction direction, List<String> disaggregations, Set<Long> articleIds,
        long version) {

    public String path() {
        return "/monitoring/indicators/" + id;
    }
}
