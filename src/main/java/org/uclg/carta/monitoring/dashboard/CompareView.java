package org.uclg.carta.monitoring.dashboard;

import java.util.List;

import org.uclg.carta.monitoring.indicator.IndicatorView;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.ArticleRef;

/** Two to five local governments side by side: one cell per local government in each row. */
public record CompareView(List<LocalGovernmentView> localGovernments, List<StatusRow> statuses, List<ValueRow> values) {

    /** The latest published status of each local government, "" when none, with the cycle it comes from. */
    public record StatusRow(ArticleRef article, List<String> cells) {}

    /** The latest value of each local government, and the chart's data: one row per year. */
    public record ValueRow(
            IndicatorView indicator,
            List<String> cells,
            String chart,
            java.util.SortedMap<Integer, List<String>> years) {}
}
