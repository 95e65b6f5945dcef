package org.uclg.carta.library.resource;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.library.LibraryPermissions;
import org.uclg.carta.library.documents.FileView;
import org.uclg.carta.library.search.FacetLabels;
import org.uclg.carta.library.search.ResourceFilters;
import org.uclg.carta.library.search.ResourceQuery;
import org.uclg.carta.library.search.ResourceSearch;
import org.uclg.carta.network.Directory;
import org.uclg.carta.taxonomy.Taxonomy;

/** The public Resource Space: the list of published resources and a page for each. */
@Controller
public class ResourceController {

    private final ResourceSearch search;
    private final FacetLabels labels;
    private final ResourceService service;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final Markdown markdown;
    private final AuditTrail audit;

    private final LibraryPermissions permissions;

    private final ResourcePartners partners;

    public ResourceController(
            ResourceSearch search,
            FacetLabels labels,
            ResourceService service,
            Directory directory,
            Taxonomy taxonomy,
            Markdown markdown,
            AuditTrail audit,
            LibraryPermissions permissions,
            ResourcePartners partners) {
        this.permissions = permissions;
        this.partners = partners;
        this.search = search;
        this.labels = labels;
        this.service = service;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.markdown = markdown;
        this.audit = audit;
    }

    /** The search page: every filter lives in the URL, so any search can be shared. */
    @GetMapping("/{lang}/resources")
    public String search(
            @PathVariable String lang,
            @ModelAttribute ResourceFilters filters,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "1") int page,
            @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        ResourceQuery query = filters.query(sort, page, 20);
        model.addAttribute("query", query);
        model.addAttribute("results", labels.label(search.search(query, lang), query, lang));
        return htmx != null ? "library/results" : "library/resources";
    }

    /** Titles suggested while typing in the search box (an htmx fragment). */
    @GetMapping("/{lang}/resources/suggest")
    public String suggest(@PathVariable String lang, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("suggestions", search.suggest(q.length() > 100 ? q.substring(0, 100) : q, lang, 6));
        return "library/suggestions";
    }

    @GetMapping("/{lang}/resources/{id}")
    public String show(@PathVariable String lang, @PathVariable long id, Actor viewer, Model model) {
        ResourceView r = service.visible(id, viewer);
        model.addAttribute("resource", r);
        model.addAttribute("bodyHtml", markdown.toHtml(r.body().in(lang).text()));
        model.addAttribute("localGovernments", directory.findAll(r.localGovernmentIds()));
        model.addAttribute(
                "partners",
                partners.of(id).stream()
                        .map(directory::partner)
                        .flatMap(java.util.Optional::stream)
                        .toList());
        // Language versions of a document: the reader's own first.
        model.addAttribute(
                "files",
                service.files(id).stream()
                        .sorted(java.util.Comparator.comparing((FileView f) ->
                                !lang.equals(f.language() != null ? f.language() : f.detectedLanguage())))
                        .toList());
        model.addAttribute("related", r.published() ? search.related(r, 5) : java.util.List.of());
        model.addAttribute("articles", taxonomy.articles(r.articleIds()));
        model.addAttribute("canEdit", service.canEdit(r, viewer));
        model.addAttribute("canReview", permissions.isEditor(viewer));
        model.addAttribute(
                "history",
                permissions.isEditor(viewer) ? audit.history(ResourceService.ITEM_TYPE, id) : java.util.List.of());
        return "library/resource";
    }
}
