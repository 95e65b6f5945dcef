package org.uclg.carta.library;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.uclg.carta.accounts.CartaUser;
import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.network.Directory;
import org.uclg.carta.taxonomy.Tags;

/** The public Resource Space: the list of published resources and a page for each. */
@Controller
class ResourceController {

    private final ResourceQueries queries;
    private final ResourceService service;
    private final Directory directory;
    private final Tags tags;
    private final Markdown markdown;
    private final AuditTrail audit;

    ResourceController(ResourceQueries queries, ResourceService service, Directory directory, Tags tags,
            Markdown markdown, AuditTrail audit) {
        this.queries = queries;
        this.service = service;
        this.directory = directory;
        this.tags = tags;
        this.markdown = markdown;
        this.audit = audit;
    }

    @GetMapping("/{lang}/resources")
    String list(@PathVariable String lang, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "1") int page, Model model) {
        ResourceType chosen = ResourceType.fromCode(type);
        model.addAttribute("results", queries.published(chosen, page));
        model.addAttribute("type", chosen == null ? "" : chosen.code());
        return "library/resources";
    }

    @GetMapping("/{lang}/resources/{id}")
    String show(@PathVariable String lang, @PathVariable long id, @AuthenticationPrincipal CartaUser viewer,
            Model model) {
        ResourceView r = service.visible(id, viewer);
        model.addAttribute("resource", r);
        model.addAttribute("bodyHtml", markdown.toHtml(r.body().in(lang).text()));
        model.addAttribute("localGovernments", directory.findAll(r.localGovernmentIds()));
        model.addAttribute("articles", tags.of(ResourceService.ITEM_TYPE, id));
        model.addAttribute("canEdit", service.canEdit(r, viewer));
        model.addAttribute("canReview", ResourceService.isEditor(viewer));
        model.addAttribute("history", ResourceService.isEditor(viewer)
                ? audit.history(ResourceService.ITEM_TYPE, id) : java.util.List.of());
        return "library/resource";
    }
}
