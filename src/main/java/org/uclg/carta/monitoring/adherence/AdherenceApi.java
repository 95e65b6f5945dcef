package org.uclg.carta.monitoring.adherence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.web.Inputs;
import org.uclg.carta.monitoring.commitment.CommitmentService;
import org.uclg.carta.monitoring.indicator.IndicatorLibrary;
import org.uclg.carta.monitoring.indicator.IndicatorView;
import org.uclg.carta.taxonomy.Taxonomy;

/** Open data of the charters' follow-up, in the API conventions of the platform. */
@RestController
public class AdherenceApi {

    private final AdherenceService monitoring;
    private final CommitmentService commitments;
    private final org.uclg.carta.network.Directory directory;
    private final IndicatorLibrary indicators;
    private final Taxonomy taxonomy;
    private final String pagesUrl;

    public AdherenceApi(
            AdherenceService monitoring,
            CommitmentService commitments,
            org.uclg.carta.network.Directory directory,
            IndicatorLibrary indicators,
            Taxonomy taxonomy,
            CartaProperties props) {
        this.monitoring = monitoring;
        this.commitments = commitments;
        this.directory = directory;
        this.indicators = indicators;
        this.taxonomy = taxonomy;
        this.pagesUrl = props.pagesUrl();
    }

    /** The current adherents of a framework (filters as on the public page), paged. */
    @GetMapping("/api/v1/monitoring/frameworks/{code}/adherents")
    public Map<String, Object> adherents(
            @PathVariable String code,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String country,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        var paging = org.uclg.carta.kit.web.Paging.of(page, size, 50, 100);
        int p = paging.page();
        int s = paging.size();
        List<AdherenceService.Adherent> rows = monitoring
                .adherents(code, Inputs.blankToNull(region), Inputs.blankToNull(country), "en")
                .rows();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", rows.size());
        body.put("page", p);
        body.put("size", s);
        body.put(
                "items",
                rows.stream().skip((long) (p - 1) * s).limit(s).map(this::json).toList());
        return body;
    }

    /** A local government's follow-up: its adherences and its public commitments. */
    @GetMapping("/api/v1/monitoring/local-governments/{id}")
    public Map<String, Object> localGovernment(@PathVariable long id) {
        var lg = directory.find(id).orElseThrow(org.uclg.carta.kit.web.NotFoundException::new);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", lg.id());
        body.put("name", lg.name().values());
        body.put("country", lg.country());
        body.put("region", lg.region());
        body.put(
                "adherences",
                monitoring.ofLocalGovernment(id).stream()
                        .map(a -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("framework", a.frameworkCode());
                            m.put(
                                    "adheredOn",
                                    a.adheredOn() == null ? null : a.adheredOn().toString());
                            m.put(
                                    "withdrawnOn",
                                    a.withdrawnOn() == null
                                            ? null
                                            : a.withdrawnOn().toString());
                            m.put("decision", a.decision());
                            return m;
                        })
                        .toList());
        body.put(
                "commitments",
                commitments.of(id, null).stream()
                        .map(c -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("id", c.id());
                            m.put("title", c.title().values());
                            m.put("description", c.description().values());
                            m.put("department", c.department());
                            m.put(
                                    "startsOn",
                                    c.startsOn() == null ? null : c.startsOn().toString());
                            m.put(
                                    "endsOn",
                                    c.endsOn() == null ? null : c.endsOn().toString());
                            m.put("baseline", c.baseline());
                            m.put("target", c.target());
                            m.put("budget", c.budget());
                            m.put("currency", c.currency());
                            m.put(
                                    "articles",
                                    taxonomy.articles(c.articleIds()).stream()
                                            .map(a -> Map.of(
                                                    "id", a.id(), "framework", a.frameworkCode(), "number", a.number()))
                                            .toList());
                            m.put("url", pagesUrl + c.path());
                            return m;
                        })
                        .toList());
        body.put("url", pagesUrl + "/monitoring/local-governments/" + id);
        return body;
    }

    /** The indicator library, filtered by kind (structural, process, outcome) and by article, paged. */
    @GetMapping("/api/v1/monitoring/indicators")
    public Map<String, Object> indicators(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Long article,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        var paging = org.uclg.carta.kit.web.Paging.of(page, size, 50, 100);
        int p = paging.page();
        int s = paging.size();
        List<IndicatorView> all = indicators.all().stream()
                .filter(i -> kind == null || kind.isBlank() || i.kind().code().equals(kind))
                .filter(i -> article == null || i.articleIds().contains(article))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", all.size());
        body.put("page", p);
        body.put("size", s);
        body.put(
                "items",
                all.stream().skip((long) (p - 1) * s).limit(s).map(this::json).toList());
        return body;
    }

    private Map<String, Object> json(IndicatorView i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("code", i.code());
        m.put("name", i.name().values());
        m.put("definition", i.definition().values());
        m.put("kind", i.kind().code());
        m.put("unit", i.unit());
        m.put("direction", i.direction().code());
        m.put("disaggregations", i.disaggregations());
        m.put(
                "articles",
                taxonomy.articles(i.articleIds()).stream()
                        .map(a -> Map.of("id", a.id(), "framework", a.frameworkCode(), "number", a.number()))
                        .toList());
        m.put("url", pagesUrl + i.path());
        return m;
    }

    private Map<String, Object> json(AdherenceService.Adherent a) {
        Map<String, Object> m = new LinkedHashMap<>();
        AdherenceView v = a.adherence();
        m.put("id", v.id());
        m.put("framework", v.frameworkCode());
        m.put(
                "localGovernment",
                Map.of(
                        "id",
                        a.localGovernment().id(),
                        "name",
                        a.localGovernment().name().values(),
                        "country",
                        a.localGovernment().country(),
                        "region",
                        a.localGovernment().region(),
                        "url",
                        pagesUrl + a.localGovernment().path()));
        m.put("adheredOn", v.adheredOn() == null ? null : v.adheredOn().toString());
        m.put("decision", v.decision());
        m.put("decisionUrl", v.decisionUrl());
        m.put("signedBy", v.signedBy());
        m.put(
                "reservations",
                v.reservations().entrySet().stream()
                        .map(e -> Map.of("article", e.getKey(), "note", e.getValue()))
                        .toList());
        m.put("url", pagesUrl + "/monitoring/frameworks/" + v.frameworkCode() + "#adherence-" + v.id());
        return m;
    }
}
