package org.uclg.carta.monitoring.dashboard;

import java.math.BigDecimal;
import java.util.List;

import org.uclg.carta.monitoring.indicator.IndicatorView;
import org.uclg.carta.monitoring.reporting.CycleView;
import org.uclg.carta.monitoring.reporting.ReportView;
import org.uclg.carta.taxonomy.ArticleRef;

/** What a local government's follow-up page shows beyond adherences and commitments. */
public record FollowUpView(
        List<ReportLine> reports, ReportLine latest, List<ArticleRef> latestArticles, List<IndicatorSeries> series) {

    public record ReportLine(ReportView report, CycleView cycle) {}

    public record Point(int year, BigDecimal value) {}

    /** An indicator's yearly totals, their chart, and the breakdowns of the latest year that has some. */
    public record IndicatorSeries(
            IndicatorView indicator,
            List<Point> points,
            String chart,
            Integer breakdownYear,
            List<Breakdown> breakdown) {}

    public record Breakdown(String disaggregation, BigDecimal value) {}
}
