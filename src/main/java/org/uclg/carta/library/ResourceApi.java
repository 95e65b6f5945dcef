package org.uclg.carta.library;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uclg.carta.accounts.CartaUser;
import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.taxonomy.Tags;

/** Read access to published resources, following the platform's API conventions. */
@RestController
class ResourceApi {

    private final ResourceQueries queries;
    private final ResourceService service;
    private final Tags tags;
    private final String baseUrl;

    ResourceApi(ResourceQueries queries, ResourceService service, Tags tags, CartaProperties props) {
        this.queries = queries;
        this.service = service;
        this.tags = tags;
        this.baseUrl = props.baseUrl().replaceAll("/$", "");
    }

    @GetMapping("/api/v1/resources")
    Map<String, Object> list(@RequestParam(required = false) String type, @RequestParam(defaultValue = "1") int page) {
        Page<ResourceView> result = queries.published(ResourceType.fromCode(type), page);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.getTotalElements());
        body.put("page", result.getNumber() + 1);
        body.put("size", result.getSize());
        body.put("items", result.getContent().stream().map(this::json).toList());
        return body;
    }

    @GetMapping("/api/v1/resources/{id}")
    Map<String, Object> one(@PathVariable long id, @AuthenticationPrincipal CartaUser viewer) {
        ResourceView r = service.visible(id, viewer);
        if (!r.published() && viewer == null) {
            throw new NotFoundException();
        }
        return json(r);
    }

    private Map<String, Object> json(ResourceView r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("type", r.type().code());
        m.put("state", r.state().code());
        m.put("title", r.title().values());
        m.put("summary", r.summary().values());
        m.put("body", r.body().values());
        Map<String, Object> sections = new LinkedHashMap<>();
        CaseStudySections.KEYS.forEach(k -> {
            if (!r.sections().get(k).isEmpty()) {
                sections.put(k, r.sections().get(k).values());
            }
        });
        m.put("sections", sections);
        m.put("originalLanguages", r.originalLanguages().stream().sorted().toList());
        m.put("date", r.issuedOn() == null ? null : r.issuedOn().toString());
        m.put("authors", r.authors());
        m.put("licence", r.licence());
        m.put("externalUrl", r.externalUrl());
        m.put("region", r.region());
        m.put("country", r.country());
        m.put("localGovernments", r.localGovernmentIds().stream().sorted().toList());
        m.put("themes", r.themes());
        m.put("articles", tags.of(ResourceService.ITEM_TYPE, r.id()).stream()
                .map(a -> Map.of("id", a.id(), "framework", a.frameworkCode(), "number", a.number())).toList());
        m.put("url", baseUrl + "/en" + r.path());
        return m;
    }
}
