package org.uclg.carta.monitoring.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.uclg.carta.monitoring.adherence.AdherenceService;
import org.uclg.carta.monitoring.indicator.IndicatorValues;
import org.uclg.carta.monitoring.indicator.IndicatorView;
import org.uclg.carta.monitoring.reporting.CycleService;
import org.uclg.carta.monitoring.reporting.CycleView;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Taxonomy;

/** Compares two to five local governments on chosen articles and indicators, from published data only. */
@Controller
public class CompareController {

    public static final int MIN = 2;
    public static final int MAX = 5;

    private final Directory directory;
    private final Taxonomy taxonomy;
    private final AdherenceService monitoring;
    private final CycleService cycles;
    private final Dashboards dashboards;
    private final IndicatorValues values;
    private final MessageSource messages;

    public CompareController(
            Directory directory,
            Taxonomy taxonomy,
            AdherenceService monitoring,
            CycleService cycles,
            Dashboards dashboards,
            IndicatorValues values,
            MessageSource messages) {
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.monitoring = monitoring;
        this.cycles = cycles;
        this.dashboards = dashboards;
        this.values = values;
        this.messages = messages;
    }

    @GetMapping("/{lang}/monitoring/compare")
    @Transactional(readOnly = true)
    public String compare(
            @PathVariable String lang,
            @RequestParam(name = "lg", required = false) List<Long> lgs,
            @RequestParam(name = "article", required = false) List<Long> articles,
            @RequestParam(name = "indicator", required = false) List<Long> indicatorIds,
            Model model) {
        List<Long> chosen = lgs == null ? List.of() : lgs.stream().distinct().toList();
        List<Long> chosenArticles = articles == null
                ? List.of()
                : articles.stream().distinct().limit(60).toList();
        List<Long> chosenIndicators = indicatorIds == null
                ? List.of()
                : indicatorIds.stream().distinct().limit(30).toList();
        model.addAttribute("options", directory.allByName(lang));
        model.addAttribute(
                "articleGroups",
                monitoring.adherable().stream()
                        .map(f -> new Taxonomy.PickerGroup(f, taxonomy.articles(f.code())))
                        .toList());
        model.addAttribute("indicators", cycles.allIndicators());
        model.addAttribute("chosen", chosen);
        model.addAttribute("chosenArticles", chosenArticles);
        model.addAttribute("chosenIndicators", chosenIndicators);
        boolean asked = !chosen.isEmpty();
        boolean valid = chosen.size() >= MIN && chosen.size() <= MAX;
        model.addAttribute("error", asked && !valid ? "monitoring.compare.error.count" : null);
        model.addAttribute("result", valid ? result(chosen, chosenArticles, chosenIndicators, lang) : null);
        return "monitoring/compare";
    }

    private CompareView result(List<Long> chosen, List<Long> articleIds, List<Long> indicatorIds, String lang) {
        Map<Long, LocalGovernmentView> found = directory.findAll(chosen).stream()
                .collect(Collectors.toMap(LocalGovernmentView::id, Function.identity()));
        List<LocalGovernmentView> lgs =
                chosen.stream().filter(found::containsKey).map(found::get).toList();
        List<Long> ids = lgs.stream().map(LocalGovernmentView::id).toList();
        Map<Long, CycleView> cycleById =
                cycles.newestFirst().stream().collect(Collectors.toMap(CycleView::id, Function.identity()));
        Map<String, Dashboards.Latest> latest = new LinkedHashMap<>();
        for (Dashboards.Latest l : dashboards.latestStatuses(ids, articleIds)) {
            latest.put(l.localGovernmentId() + ":" + l.articleId(), l);
        }
        List<CompareView.StatusRow> statuses = new ArrayList<>();
        for (ArticleRef a : taxonomy.articles(articleIds)) {
            List<String> cells = new ArrayList<>();
            for (Long lg : ids) {
                Dashboards.Latest l = latest.get(lg + ":" + a.id());
                CycleView c = l == null ? null : cycleById.get(l.cycleId());
                cells.add(
                        c == null || !c.scale().has(l.status())
                                ? ""
                                : c.scale()
                                                .level(l.status())
                                                .get()
                                                .label()
                                                .in(lang)
                                                .text() + " ("
                                        + c.title().in(lang).text() + ")");
            }
            statuses.add(new CompareView.StatusRow(a, cells));
        }
        Map<Long, Map<Long, Map<Integer, Number>>> byIndicator = new LinkedHashMap<>();
        for (IndicatorValues.Point p : values.totalsOf(ids, indicatorIds)) {
            byIndicator
                    .computeIfAbsent(p.indicatorId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(p.localGovernmentId(), k -> new LinkedHashMap<>())
                    .put(p.year(), p.value());
        }
        List<CompareView.ValueRow> rows = new ArrayList<>();
        Set<Long> wanted = Set.copyOf(indicatorIds);
        for (IndicatorView i : cycles.allIndicators()) {
            if (!wanted.contains(i.id())) {
                continue;
            }
            Map<Long, Map<Integer, Number>> series = byIndicator.getOrDefault(i.id(), Map.of());
            List<String> cells = new ArrayList<>();
            Map<String, Map<Integer, Number>> named = new LinkedHashMap<>();
            for (LocalGovernmentView lg : lgs) {
                Map<Integer, Number> s = series.get(lg.id());
                if (s == null || s.isEmpty()) {
                    cells.add("");
                    continue;
                }
                int year = s.keySet().stream().max(Integer::compare).orElseThrow();
                cells.add(shown(i, s.get(year), lang) + (i.yesNo() ? "" : " " + i.unit()) + " (" + year + ")");
                named.put(lg.name().in(lang).text(), s);
            }
            String chart = named.isEmpty() || i.yesNo()
                    ? null
                    : Charts.lines(
                            i.code() + " – "
                                    + messages.getMessage(
                                            "monitoring.compare.title", null, java.util.Locale.forLanguageTag(lang)),
                            i.unit(),
                            named);
            java.util.SortedMap<Integer, List<String>> years = new java.util.TreeMap<>();
            for (Map<Integer, Number> s : series.values()) {
                s.keySet().forEach(y -> years.put(y, new ArrayList<>()));
            }
            for (Map.Entry<Integer, List<String>> y : years.entrySet()) {
                for (LocalGovernmentView lg : lgs) {
                    Number v = series.getOrDefault(lg.id(), Map.of()).get(y.getKey());
                    y.getValue().add(v == null ? "" : shown(i, v, lang));
                }
            }
            rows.add(new CompareView.ValueRow(i, cells, chart, years));
        }
        return new CompareView(lgs, statuses, rows);
    }

    /** A value as a reader says it: "Yes"/"No" for yes/no indicators, the plain number otherwise. */
    private String shown(IndicatorView indicator, Number value, String lang) {
        java.math.BigDecimal v = new java.math.BigDecimal(value.toString());
        String key = indicator.yesNoKey(v);
        return key == null
                ? v.stripTrailingZeros().toPlainString()
                : messages.getMessage(key, null, java.util.Locale.forLanguageTag(lang));
    }
}
