package org.uclg.carta.network;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.taxonomy.ArticleRef;
import org.uclg.carta.taxonomy.Tags;
import org.uclg.carta.taxonomy.Taxonomy;

/** Editors create and edit local governments; a rejected form shows back what was typed. */
@Controller
@PreAuthorize("@networkPermissions.mayEdit(principal)")
class LocalGovernmentEditController {

    private final NetworkAdmin admin;
    private final Directory directory;
    private final Taxonomy taxonomy;
    private final Tags tags;

    LocalGovernmentEditController(NetworkAdmin admin, Directory directory, Taxonomy taxonomy, Tags tags) {
        this.admin = admin;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.tags = tags;
    }

    @GetMapping("/{lang}/network/local-governments/new")
    String createForm(@PathVariable String lang, Model model) {
        return form(lang, model, new LocalGovernmentForm(), new FieldErrors(), null, false);
    }

    @PostMapping("/{lang}/network/local-governments/new")
    String create(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") LocalGovernmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        checkRegion(form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(lang, model, form, errors, null, conflict),
                redirect,
                "flash.created",
                () -> "/" + lang + "/network/local-governments/" + admin.create(form.toData(), form.getArticleIds()));
    }

    @GetMapping("/{lang}/network/local-governments/{id}/edit")
    String editForm(@PathVariable String lang, @PathVariable long id, Model model) {
        LocalGovernmentView lg = directory.find(id).orElseThrow(NotFoundException::new);
        var articleIds =
                tags.of(NetworkAdmin.ITEM_TYPE, id).stream().map(ArticleRef::id).toList();
        return form(lang, model, LocalGovernmentForm.of(lg, articleIds), new FieldErrors(), id, false);
    }

    @PostMapping("/{lang}/network/local-governments/{id}/edit")
    String update(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") LocalGovernmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!directory.exists(id)) {
            throw new NotFoundException();
        }
        checkRegion(form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(lang, model, form, errors, id, conflict),
                redirect,
                "flash.saved",
                () -> {
                    admin.update(id, form.getVersion(), form.toData(), form.getArticleIds());
                    return "/" + lang + "/network/local-governments/" + id;
                });
    }

    private void checkRegion(LocalGovernmentForm form, BindingResult binding) {
        if (!admin.knownRegion(form)) {
            FormFlow.reject(binding, "region", "network.validation.region");
        }
    }

    private String form(
            String lang, Model model, LocalGovernmentForm form, FieldErrors errors, Long id, boolean conflict) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("id", id);
        model.addAttribute("conflict", conflict);
        model.addAttribute("regions", taxonomy.regions());
        model.addAttribute("countries", Countries.all(lang));
        model.addAttribute("pickerGroups", taxonomy.pickerGroups());
        return "network/localGovernmentEdit";
    }
}
