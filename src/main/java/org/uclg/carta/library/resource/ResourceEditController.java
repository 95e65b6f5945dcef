package org.uclg.carta.library.resource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.library.LibraryPermissions;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;
import org.uclg.carta.taxonomy.Taxonomy;

/** Writing resources and moving them through the workflow. */
@Controller
@PreAuthorize("@libraryPermissions.mayWrite(principal)")
public class ResourceEditController {

    private final ResourceService service;
    private final ResourceQueries queries;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final Languages languages;

    private final LibraryPermissions permissions;
    private final ResourcePartners partners;

    public ResourceEditController(
            ResourceService service,
            ResourceQueries queries,
            Directory directory,
            Taxonomy taxonomy,
            Languages languages,
            LibraryPermissions permissions,
            ResourcePartners partners) {
        this.permissions = permissions;
        this.partners = partners;
        this.service = service;
        this.queries = queries;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.languages = languages;
    }

    @GetMapping("/{lang}/resources/mine")
    public String mine(@PathVariable String lang, Actor user, Model model) {
        model.addAttribute("mine", queries.ownedBy(user.localGovernments()));
        model.addAttribute("review", permissions.isEditor(user) ? queries.inReview() : List.of());
        return "library/mine";
    }

    @GetMapping("/{lang}/resources/new")
    public String createForm(@PathVariable String lang, Actor user, Model model) {
        ResourceForm form = new ResourceForm();
        form.getOriginalLanguages().add(lang);
        user.localGovernments().stream().findFirst().ifPresent(form::setOwnerLocalGovernmentId);
        return form(lang, model, form, new FieldErrors(), null, false, user);
    }

    @PostMapping("/{lang}/resources/new")
    public String create(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") ResourceForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        checkLocalGovernments(form, binding);
        if (!permissions.mayCreateFor(user, form.getOwnerLocalGovernmentId())) {
            FormFlow.reject(binding, "ownerLocalGovernmentId", "library.validation.owner");
        }
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(lang, model, form, errors, null, conflict, user),
                redirect,
                "library.flash.draftSaved",
                () -> {
                    long id = service.create(
                            form.toData(languages.codes()),
                            form.getArticleIds(),
                            form.getOwnerLocalGovernmentId(),
                            user);
                    partners.set(id, form.getPartnerIds());
                    return "/" + lang + "/resources/" + id;
                });
    }

    @GetMapping("/{lang}/resources/{id}/edit")
    public String editForm(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        ResourceView r = service.visible(id, user);
        if (!service.canEdit(r, user)) {
            throw new AccessDeniedException("May not edit");
        }
        List<Long> articleIds = List.copyOf(r.articleIds());
        ResourceForm form = ResourceForm.of(r, articleIds);
        form.setPartnerIds(partners.of(id));
        return form(lang, model, form, new FieldErrors(), id, false, user);
    }

    @PostMapping("/{lang}/resources/{id}/edit")
    public String update(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ResourceForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        ResourceView r = service.visible(id, user);
        form.setOwnerLocalGovernmentId(r.ownerLocalGovernmentId());
        checkLocalGovernments(form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(lang, model, form, errors, id, conflict, user),
                redirect,
                "flash.saved",
                () -> {
                    service.update(id, form.getVersion(), form.toData(languages.codes()), form.getArticleIds(), user);
                    partners.set(id, form.getPartnerIds());
                    return "/" + lang + "/resources/" + id;
                });
    }

    @PostMapping("/{lang}/resources/{id}/submit")
    public String submit(@PathVariable String lang, @PathVariable long id, Actor user, RedirectAttributes redirect) {
        return step(lang, id, redirect, "library.flash.submitted", () -> service.submit(id, user));
    }

    @PostMapping("/{lang}/resources/{id}/publish")
    public String publish(@PathVariable String lang, @PathVariable long id, Actor user, RedirectAttributes redirect) {
        return step(lang, id, redirect, "library.flash.published", () -> service.publish(id, user));
    }

    @PostMapping("/{lang}/resources/{id}/return")
    public String returnToAuthor(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Actor user,
            RedirectAttributes redirect) {
        return step(lang, id, redirect, "library.flash.returned", () -> service.returnToAuthor(id, reason, user));
    }

    private String step(String lang, long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/" + lang + "/resources/" + id;
    }

    private void checkLocalGovernments(ResourceForm form, BindingResult binding) {
        Set<Long> known = directory.findAll(form.getLocalGovernmentIds()).stream()
                .map(LocalGovernmentView::id)
                .collect(Collectors.toSet());
        if (!known.containsAll(form.getLocalGovernmentIds())) {
            FormFlow.reject(binding, "localGovernmentIds", "library.validation.localGovernment");
        }
        Set<Long> partnerIds = directory.partners().stream()
                .map(org.uclg.carta.network.PartnerView::id)
                .collect(Collectors.toSet());
        if (!partnerIds.containsAll(form.getPartnerIds())) {
            FormFlow.reject(binding, "partnerIds", "library.validation.partner");
        }
    }

    private String form(
            String lang, Model model, ResourceForm form, FieldErrors errors, Long id, boolean conflict, Actor user) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("id", id);
        model.addAttribute("conflict", conflict);
        List<LocalGovernmentView> all = directory.allByName(lang);
        model.addAttribute("localGovernments", all);
        model.addAttribute("partners", directory.partners());
        model.addAttribute("owners", permissions.isEditor(user) ? all : directory.findAll(user.localGovernments()));
        model.addAttribute("countries", Countries.all(lang));
        model.addAttribute("licences", ResourceForm.LICENCES);
        model.addAttribute("pickerGroups", taxonomy.pickerGroups());
        return "library/resourceEdit";
    }
}
