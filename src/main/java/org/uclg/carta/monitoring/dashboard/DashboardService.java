package org.uclg.carta.monitoring.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.monitoring.adherence.AdherenceService;
import org.uclg.carta.monitoring.reporting.CycleService;
import org.uclg.carta.monitoring.reporting.CycleView;
import org.uclg.carta.monitoring.reporting.StatusScale;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.FrameworkSummary;
import org.uclg.carta.taxonomy.RegionRef;
import org.uclg.carta.taxonomy.Taxonomy;

/** Puts together a framework's public dashboard from published reports only. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final AdherenceService monitoring;
    private final CycleService cycles;
    private final Dashboards dashboards;
    private final Taxonomy taxonomy;
    private final WorldMap map;
    private final MessageSource messages;

    public DashboardService(
            AdherenceService monitoring,
            CycleService cycles,
            Dashboards dashboards,
            Taxonomy taxonomy,
            WorldMap map,
            MessageSource messages) {
        this.monitoring = monitoring;
        this.cycles = cycles;
        this.dashboards = dashboards;
        this.taxonomy = taxonomy;
        this.map = map;
        this.messages = messages;
    }

    public DashboardView dashboard(String frameworkCode, Long cycleId, String lang) {
        return dashboard(frameworkCode, cycleId, lang, true);
    }

    /** Without visuals, only the tables: what the PDF report prints. */
    public DashboardView dashboard(String frameworkCode, Long cycleId, String lang, boolean visuals) {
        Function<String, String> t = key -> messages.getMessage(key, null, Locale.forLanguageTag(lang));
        FrameworkSummary framework = monitoring.adherableFramework(frameworkCode);
        List<CycleView> all = cycles.ofFramework(frameworkCode);
        List<Dashboards.Rate> rates = dashboards.rates(frameworkCode);
        CycleView selected = selectCycle(all, rates, cycleId);

        Map<String, String> regionNames = taxonomy.regions().stream()
                .collect(
                        Collectors.toMap(RegionRef::code, r -> r.name().in(lang).text()));
        List<DashboardView.Count> regions = new ArrayList<>();
        Map<String, Long> regionData = new LinkedHashMap<>();
        dashboards.adherentsByRegion(frameworkCode).forEach((code, n) -> {
            String name = regionNames.getOrDefault(code, code);
            regions.add(new DashboardView.Count(name, n));
            regionData.put(name, n);
        });
        long adherents = regions.stream().mapToLong(DashboardView.Count::count).sum();

        Map<Long, CycleView> byId = all.stream().collect(Collectors.toMap(CycleView::id, c -> c));
        List<DashboardView.RateRow> rateRows = new ArrayList<>();
        Map<String, Double> rateData = new LinkedHashMap<>();
        for (Dashboards.Rate r : rates) {
            CycleView c = byId.get(r.cycleId());
            rateRows.add(new DashboardView.RateRow(c, r.adherents(), r.published(), r.percent()));
            rateData.put(c.title().in(lang).text(), Math.round(r.percent() * 10) / 10.0);
        }

        StatusScale scale = selected != null
                ? selected.scale()
                : all.isEmpty() ? null : all.get(all.size() - 1).scale();
        Map<Long, Map<String, Long>> trendData = dashboards.trend(frameworkCode);
        Set<String> codes = new LinkedHashSet<>(scale == null ? List.of() : scale.codes());
        trendData.values().forEach(m -> codes.addAll(m.keySet()));
        List<String> levelCodes = List.copyOf(codes);
        List<String> levels =
                levelCodes.stream().map(code -> label(code, scale, all, lang)).toList();

        List<DashboardView.StatusRow> statusRows = new ArrayList<>();
        String statusChart = null;
        if (selected != null) {
            Map<Long, Map<String, Long>> counts = dashboards.statuses(selected.id());
            List<String> categories = new ArrayList<>();
            Map<String, Map<String, ? extends Number>> series = new LinkedHashMap<>();
            for (String code : levelCodes) {
                series.put(label(code, scale, all, lang), new LinkedHashMap<String, Long>());
            }
            for (ArticleRef a : cycles.askedArticles(selected)) {
                Map<String, Long> c = counts.getOrDefault(a.id(), Map.of());
                statusRows.add(new DashboardView.StatusRow(
                        a,
                        levelCodes.stream()
                                .map(code -> c.getOrDefault(code, 0L))
                                .toList()));
                String category = a.number();
                categories.add(category);
                for (String code : levelCodes) {
                    @SuppressWarnings("unchecked")
                    Map<String, Long> s = (Map<String, Long>) series.get(label(code, scale, all, lang));
                    s.put(category, c.getOrDefault(code, 0L));
                }
            }
            if (visuals && !counts.isEmpty()) {
                statusChart = Charts.stacked(
                        t.apply("monitoring.dashboard.statuses"),
                        t.apply("monitoring.dashboard.reports"),
                        categories,
                        series,
                        true);
            }
        }

        List<DashboardView.TrendRow> trendRows = new ArrayList<>();
        List<String> trendCategories = new ArrayList<>();
        Map<String, Map<String, ? extends Number>> trendSeries = new LinkedHashMap<>();
        for (String code : levelCodes) {
            trendSeries.put(label(code, scale, all, lang), new LinkedHashMap<String, Double>());
        }
        for (CycleView c : all) {
            Map<String, Long> counts = trendData.get(c.id());
            if (counts == null) {
                continue;
            }
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            trendRows.add(new DashboardView.TrendRow(
                    c,
                    levelCodes.stream()
                            .map(code -> counts.getOrDefault(code, 0L))
                            .toList()));
            String category = c.title().in(lang).text();
            trendCategories.add(category);
            for (String code : levelCodes) {
                @SuppressWarnings("unchecked")
                Map<String, Double> s = (Map<String, Double>) trendSeries.get(label(code, scale, all, lang));
                s.put(category, total == 0 ? 0 : Math.round(1000.0 * counts.getOrDefault(code, 0L) / total) / 10.0);
            }
        }

        List<DashboardView.CountryRow> countries = new ArrayList<>();
        Map<String, WorldMap.Fill> fills = new LinkedHashMap<>();
        for (Dashboards.CountryRow row : dashboards.byCountry(frameworkCode, selected == null ? null : selected.id())) {
            String name = Countries.name(row.country(), lang);
            countries.add(new DashboardView.CountryRow(row.country(), name, row.adherents(), row.published()));
            String title = name + ": "
                    + messages.getMessage(
                            "monitoring.map.tooltip",
                            new Object[] {row.adherents(), row.published()},
                            Locale.forLanguageTag(lang));
            fills.put(row.country(), new WorldMap.Fill(row.published() > 0 ? "map-reported" : "map-adherent", title));
        }
        countries.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));

        return new DashboardView(
                framework,
                all,
                selected,
                adherents,
                regions,
                !visuals || regionData.isEmpty()
                        ? null
                        : Charts.bars(
                                t.apply("monitoring.dashboard.regions"),
                                t.apply("monitoring.dashboard.adherents"),
                                regionData,
                                true),
                rateRows,
                !visuals || rateData.isEmpty()
                        ? null
                        : Charts.bars(
                                t.apply("monitoring.dashboard.rates"),
                                t.apply("monitoring.dashboard.ratePercent"),
                                rateData,
                                false),
                levels,
                statusRows,
                statusChart,
                trendRows,
                !visuals || trendRows.isEmpty()
                        ? null
                        : Charts.stacked(
                                t.apply("monitoring.dashboard.trend"),
                                t.apply("monitoring.dashboard.sharePercent"),
                                trendCategories,
                                trendSeries,
                                false),
                visuals ? map.render(t.apply("monitoring.map.label"), fills) : null,
                countries);
    }

    private static CycleView selectCycle(List<CycleView> all, List<Dashboards.Rate> rates, Long cycleId) {
        if (cycleId != null) {
            return all.stream().filter(c -> c.id() == cycleId).findFirst().orElse(null);
        }
        for (int i = rates.size() - 1; i >= 0; i--) {
            if (rates.get(i).published() > 0) {
                long id = rates.get(i).cycleId();
                return all.stream().filter(c -> c.id() == id).findFirst().orElse(null);
            }
        }
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** A status's label in the cycle's scale, or in the newest cycle that has it. */
    private static String label(String code, StatusScale scale, List<CycleView> all, String lang) {
        if (scale != null && scale.has(code)) {
            return scale.level(code).get().label().in(lang).text();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).scale().has(code)) {
                return all.get(i).scale().level(code).get().label().in(lang).text();
            }
        }
        return code;
    }
}
