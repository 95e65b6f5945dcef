package org.uclg.carta.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.web.NotFoundException;

@RestController
class TaxonomyApi {

    private final Taxonomy taxonomy;
    private final String pagesUrl;

    TaxonomyApi(Taxonomy taxonomy, CartaProperties props) {
        this.taxonomy = taxonomy;
        this.pagesUrl = props.pagesUrl();
    }

    @GetMapping("/api/v1/frameworks")
    Map<String, Object> list() {
        List<Map<String, Object>> items =
                taxonomy.frameworks().stream().map(this::framework).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", items.size());
        body.put("page", 1);
        body.put("size", items.size());
        body.put("items", items);
        return body;
    }

    @GetMapping("/api/v1/frameworks/{code}")
    Map<String, Object> one(@PathVariable String code) {
        FrameworkSummary f = taxonomy.framework(code).orElseThrow(NotFoundException::new);
        Map<String, Object> body = framework(f);
        body.put(
                "parts",
                taxonomy.parts(code).stream()
                        .map(p ->
                                Map.of("number", p.number(), "title", p.title().values()))
                        .toList());
        body.put("articles", taxonomy.articles(code).stream().map(this::article).toList());
        return body;
    }

    @GetMapping("/api/v1/hrc-track")
    Map<String, Object> hrcTrack() {
        List<Map<String, Object>> items = taxonomy.hrcTrack().stream()
                .map(d -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("symbol", d.symbol());
                    m.put("date", d.issuedText());
                    m.put("kind", d.kind());
                    m.put("title", d.title().values());
                    m.put("url", pagesUrl + "/frameworks#hrc-track");
                    return m;
                })
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", items.size());
        body.put("page", 1);
        body.put("size", items.size());
        body.put("items", items);
        return body;
    }

    private Map<String, Object> framework(FrameworkSummary f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code());
        m.put("kind", f.kind());
        m.put("title", f.title().values());
        m.put("adopted", f.adopted() == null ? null : f.adopted().toString());
        m.put("adoptedBy", f.adoptedBy());
        m.put("articleCount", f.articleCount());
        m.put("url", pagesUrl + f.path());
        return m;
    }

    private Map<String, Object> article(ArticleRef a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("number", a.number());
        m.put("part", a.partNumber());
        m.put("label", a.label().values());
        m.put("verified", a.verified());
        m.put("official", a.official());
        m.put("year", a.year());
        m.put("url", pagesUrl + a.path());
        return m;
    }
}
