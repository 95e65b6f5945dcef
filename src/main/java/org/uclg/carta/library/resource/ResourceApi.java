package org.uclg.carta.library.resource;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.library.LibraryPermissions;
import org.uclg.carta.library.search.FacetLabels;
import org.uclg.carta.library.search.ResourceFilters;
import org.uclg.carta.library.search.ResourceQuery;
import org.uclg.carta.library.search.ResourceSearch;
import org.uclg.carta.library.search.SearchResults;
import org.uclg.carta.taxonomy.Taxonomy;

/** Read access to published resources, following the platform's API conventions. */
@RestController
public class ResourceApi {

    private final ResourceSearch search;
    private final FacetLabels labels;
    private final ResourceService service;
    private final Taxonomy taxonomy;
    private final org.uclg.carta.network.Directory directory;
    private final String baseUrl;
    private final String pagesUrl;
    private final org.uclg.carta.kit.web.Languages languages;
    private final org.uclg.carta.kit.web.FormValidator validator;

    private final LibraryPermissions permissions;

    public ResourceApi(
            ResourceSearch search,
            FacetLabels labels,
            ResourceService service,
            Taxonomy taxonomy,
            CartaProperties props,
            org.uclg.carta.network.Directory directory,
            org.uclg.carta.kit.web.Languages languages,
            org.uclg.carta.kit.web.FormValidator validator,
            LibraryPermissions permissions) {
        this.permissions = permissions;
        this.validator = validator;
        this.directory = directory;
        this.languages = languages;
        this.search = search;
        this.labels = labels;
        this.service = service;
        this.taxonomy = taxonomy;
        this.baseUrl = props.baseUrl().replaceAll("/$", "");
        this.pagesUrl = props.pagesUrl();
    }

    /** The same parameters as the search page, plus lang (labels and highlights) and size. */
    @GetMapping("/api/v1/resources")
    public Map<String, Object> list(
            @ParameterObject @ModelAttribute ResourceFilters filters,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "en") String lang) {
        ResourceQuery query = filters.query(sort, page, size);
        SearchResults result = labels.label(search.search(query, lang), query, lang);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("page", result.page());
        body.put("size", result.size());
        Map<Long, ResourceView> views =
                service.views(result.hits().stream().map(h -> h.resource().id()).toList());
        body.put(
                "items",
                result.hits().stream()
                        .filter(h -> views.containsKey(h.resource().id()))
                        .map(h -> {
                            Map<String, Object> item =
                                    json(views.get(h.resource().id()));
                            item.put("highlights", h.highlights());
                            if (h.page() != null) {
                                item.put(
                                        "page",
                                        Map.of(
                                                "number",
                                                h.page().page(),
                                                "passage",
                                                h.page().passage() == null
                                                        ? ""
                                                        : h.page().passage(),
                                                "url",
                                                baseUrl + "/" + lang + h.page().path() + "#page="
                                                        + h.page().page()));
                            }
                            return item;
                        })
                        .toList());
        Map<String, Object> facets = new LinkedHashMap<>();
        result.facets()
                .forEach((name, values) -> facets.put(
                        name,
                        values.stream()
                                .map(v -> Map.of("value", v.value(), "label", v.label(), "count", v.count()))
                                .toList()));
        body.put("facets", facets);
        return body;
    }

    @GetMapping("/api/v1/resources/{id}")
    public Map<String, Object> one(@PathVariable long id, Actor viewer) {
        ResourceView r = service.visible(id, viewer);
        if (!r.published() && !viewer.signedIn()) {
            throw new NotFoundException();
        }
        return json(r);
    }

    /** Creates a draft (representatives, for their local government) or a resource (editors). */
    @org.springframework.web.bind.annotation.PostMapping("/api/v1/resources")
    public org.springframework.http.ResponseEntity<Map<String, Object>> create(
            @org.springframework.web.bind.annotation.RequestBody ResourceJson body, Actor user) {
        ResourceForm form = body.toForm();
        var validated = validate(form);
        if (!permissions.mayCreateFor(user, form.getOwnerLocalGovernmentId())) {
            validated.errors().reject("ownerLocalGovernmentId", "library.validation.owner");
        }
        if (validated.errors().any()) {
            throw new org.uclg.carta.kit.web.InvalidInputException(
                    validated.errors().all());
        }
        long id = service.create(validated.data(), form.getArticleIds(), form.getOwnerLocalGovernmentId(), user);
        return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
                .body(json(service.visible(id, user)));
    }

    @org.springframework.web.bind.annotation.PutMapping("/api/v1/resources/{id}")
    public Map<String, Object> update(
            @PathVariable long id, @org.springframework.web.bind.annotation.RequestBody ResourceJson body, Actor user) {
        ResourceView current = service.visible(id, user);
        ResourceForm form = body.toForm();
        var validated = validate(form);
        if (validated.errors().any()) {
            throw new org.uclg.carta.kit.web.InvalidInputException(
                    validated.errors().all());
        }
        service.update(id, current.version(), validated.data(), form.getArticleIds(), user);
        return json(service.visible(id, user));
    }

    @org.springframework.web.bind.annotation.PostMapping("/api/v1/resources/{id}/files")
    public org.springframework.http.ResponseEntity<Map<String, Object>> upload(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            @RequestParam(required = false) String language,
            Actor user)
            throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            throw new org.uclg.carta.kit.web.InvalidInputException(Map.of("file", "file.empty"));
        }
        try (var in = file.getInputStream()) {
            long fileId = service.attach(
                    id, in, file.getOriginalFilename(), languages.supports(language) ? language : null, user);
            return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
                    .body(Map.of(
                            "id",
                            fileId,
                            "status",
                            "pending",
                            "url",
                            pagesUrl + "/resources/" + id + "/files/" + fileId));
        } catch (org.uclg.carta.kit.files.FileRejectedException e) {
            throw new org.uclg.carta.kit.web.InvalidInputException(Map.of("file", e.messageKey()));
        }
    }

    private ResourceForm.Validated validate(ResourceForm form) {
        java.util.Set<Long> known = directory.findAll(form.getLocalGovernmentIds()).stream()
                .map(org.uclg.carta.network.LocalGovernmentView::id)
                .collect(java.util.stream.Collectors.toSet());
        return form.validate(validator, languages.codes(), known);
    }

    /** A resource as API clients send it: the form's fields with JSON names. */
    public record ResourceJson(
            String type,
            Map<String, String> title,
            Map<String, String> summary,
            Map<String, String> body,
            Map<String, Map<String, String>> sections,
            java.util.List<String> originalLanguages,
            String date,
            String authors,
            String licence,
            String externalUrl,
            String country,
            java.util.List<String> themes,
            java.util.List<Long> localGovernments,
            java.util.List<Long> articles,
            Long ownerLocalGovernment) {

        ResourceForm toForm() {
            ResourceForm f = new ResourceForm();
            f.setType(type == null ? "" : type);
            put(f.getTitle(), title);
            put(f.getSummary(), summary);
            put(f.getBody(), body);
            if (sections != null) {
                sections.forEach((k, v) -> put(f.section(k), v));
            }
            f.setOriginalLanguages(originalLanguages == null ? null : new java.util.ArrayList<>(originalLanguages));
            f.setIssuedOn(date);
            f.setAuthors(authors);
            f.setLicence(licence);
            f.setExternalUrl(externalUrl);
            f.setCountry(country);
            f.setThemes(themes == null ? "" : String.join(",", themes));
            f.setLocalGovernmentIds(localGovernments == null ? null : new java.util.ArrayList<>(localGovernments));
            f.setArticleIds(articles == null ? null : new java.util.ArrayList<>(articles));
            f.setOwnerLocalGovernmentId(ownerLocalGovernment);
            return f;
        }

        private static void put(org.uclg.carta.kit.i18n.TranslatableInput input, Map<String, String> values) {
            if (values != null) {
                input.getValues().putAll(values);
            }
        }
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
        m.put(
                "articles",
                taxonomy.articles(r.articleIds()).stream()
                        .map(a -> Map.of("id", a.id(), "framework", a.frameworkCode(), "number", a.number()))
                        .toList());
        m.put("url", pagesUrl + r.path());
        return m;
    }
}
