package org.uclg.carta.monitoring.dashboard;

import java.util.List;

import org.uclg.carta.monitoring.reporting.CycleView;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.FrameworkSummary;

/** The public dashboard of a framework: every chart comes with the rows of its table. */
public record DashboardView(
        FrameworkSummary framework,
        List<CycleView> cycles,
        CycleView selected,
        long adherents,
        List<Count> regions,
        String regionChart,
        List<RateRow> rates,
        String rateChart,
        List<String> levels,
        List<StatusRow> statuses,
        String statusChart,
        List<TrendRow> trend,
        String trendChart,
        String map,
        List<CountryRow> countries) {

    public record Count(String label, long count) {}

    public record RateRow(CycleView cycle, long adherents, long published, double percent) {}

    public record StatusRow(ArticleRef article, List<Long> counts) {}

    public record TrendRow(CycleView cycle, List<Long> counts) {}

    public record CountryRow(String code, String name, long adherents, long published) {}
}
