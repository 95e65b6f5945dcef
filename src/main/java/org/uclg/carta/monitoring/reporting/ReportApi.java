package org.uclg.carta.monitoring.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.monitoring.adherence.AdherenceService;
import org.uclg.carta.monitoring.indicator.IndicatorView;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.ArticleRef;

/**
 * Reporting cycles and their reports as open data. Anonymous callers only ever see published
 * reports; a token of a representative adds that local government's own, the secretariat's all.
 */
@RestController
public class ReportApi {

    private final CycleService cycles;
    private final ReportService reports;
    private final AdherenceService monitoring;
    private final Directory directory;
    private final String pagesUrl;

    public ReportApi(
            CycleService cycles,
            ReportService reports,
            AdherenceService monitoring,
            Directory directory,
            CartaProperties props) {
        this.cycles = cycles;
        this.reports = reports;
        this.monitoring = monitoring;
        this.directory = directory;
        this.pagesUrl = props.pagesUrl();
    }

    @GetMapping("/api/v1/monitoring/frameworks/{code}/cycles")
    public List<Map<String, Object>> cycles(@PathVariable String code) {
        monitoring.adherableFramework(code);
        return cycles.ofFramework(code).stream().map(this::json).toList();
    }

    @GetMapping("/api/v1/monitoring/cycles/{id}/reports")
    public Map<String, Object> reports(
            @PathVariable long id,
            @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size,
            Actor viewer) {
        CycleView cycle = cycles.find(id);
        var paging = org.uclg.carta.kit.web.Paging.of(page, size, 50, 100);
        int p = paging.page();
        int s = paging.size();
        List<ReportView> visible = reports.ofCycle(id, viewer).stream()
                .filter(r ->
                        state == null || state.isBlank() || r.state().code().equals(state))
                .toList();
        List<ReportView> pageRows =
                visible.stream().skip((long) (p - 1) * s).limit(s).toList();
        Map<Long, LocalGovernmentView> lgs =
                directory
                        .findAll(pageRows.stream()
                                .map(ReportView::localGovernmentId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(LocalGovernmentView::id, Function.identity()));
        Map<Long, ArticleRef> articles =
                cycles.askedArticles(cycle).stream().collect(Collectors.toMap(ArticleRef::id, Function.identity()));
        Map<Long, IndicatorView> indicators = cycles.askedIndicators(cycle).stream()
                .collect(Collectors.toMap(IndicatorView::id, Function.identity()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cycle", json(cycle));
        body.put("total", visible.size());
        body.put("page", p);
        body.put("size", s);
        List<Map<String, Object>> items = new ArrayList<>();
        for (ReportView r : pageRows) {
            items.add(json(r, cycle, lgs.get(r.localGovernmentId()), articles, indicators));
        }
        body.put("items", items);
        return body;
    }

    private Map<String, Object> json(CycleView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("framework", c.frameworkCode());
        m.put("title", c.title().values());
        m.put("periodStart", c.periodStart().toString());
        m.put("periodEnd", c.periodEnd().toString());
        m.put("opensOn", c.opensOn().toString());
        m.put("deadline", c.deadline().toString());
        m.put(
                "statuses",
                c.scale().levels().stream()
                        .map(l -> Map.of("code", l.code(), "label", l.label().values()))
                        .toList());
        m.put(
                "articles",
                cycles.askedArticles(c).stream()
                        .map(a -> Map.of("id", a.id(), "framework", a.frameworkCode(), "number", a.number()))
                        .toList());
        m.put(
                "indicators",
                cycles.askedIndicators(c).stream().map(IndicatorView::code).toList());
        m.put("url", pagesUrl + c.path());
        return m;
    }

    private Map<String, Object> json(
            ReportView r,
            CycleView cycle,
            LocalGovernmentView lg,
            Map<Long, ArticleRef> articles,
            Map<Long, IndicatorView> indicators) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("state", r.state().code());
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("id", r.localGovernmentId());
        who.put("name", lg == null ? null : lg.name().values());
        who.put("country", lg == null ? null : lg.country());
        m.put("localGovernment", who);
        m.put("submittedAt", r.submittedAt() == null ? null : r.submittedAt().toString());
        m.put("publishedAt", r.publishedAt() == null ? null : r.publishedAt().toString());
        List<Map<String, Object>> answers = new ArrayList<>();
        for (ReportView.AnswerView a : r.answers()) {
            ArticleRef article = articles.get(a.articleId());
            if (article == null) {
                continue;
            }
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(
                    "article",
                    Map.of("id", article.id(), "framework", article.frameworkCode(), "number", article.number()));
            x.put("status", a.status());
            x.put("narrative", a.narrative().values());
            x.put(
                    "evidence",
                    r.evidenceFor(a.articleId()).stream()
                            .map(e -> evidence(r, e))
                            .toList());
            answers.add(x);
        }
        m.put("answers", answers);
        m.put(
                "values",
                r.values().stream()
                        .filter(v -> indicators.containsKey(v.indicatorId()))
                        .map(v -> {
                            Map<String, Object> x = new LinkedHashMap<>();
                            x.put("indicator", indicators.get(v.indicatorId()).code());
                            x.put("year", v.year());
                            x.put("disaggregation", v.disaggregation());
                            x.put("value", v.value().stripTrailingZeros());
                            x.put("unit", indicators.get(v.indicatorId()).unit());
                            return x;
                        })
                        .toList());
        m.put("url", pagesUrl + r.path());
        return m;
    }

    private Map<String, Object> evidence(ReportView r, ReportView.EvidenceView e) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("label", e.label());
        if (e.file()) {
            x.put("file", e.fileName());
            x.put("url", pagesUrl + r.path() + "/evidence/" + e.index());
        } else if (e.resourceId() != null) {
            x.put("url", pagesUrl + "/resources/" + e.resourceId());
        } else {
            x.put("url", e.url());
        }
        return x;
    }
}
