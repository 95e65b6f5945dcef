package org.uclg.carta.site;

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

import org.uclg.carta.kit.content.AuditTrail;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.NotFoundException;

@Controller
class SitePageController {

    private final SitePageService pages;
    private final Markdown markdown;
    private final AuditTrail audit;

    SitePageController(SitePageService pages, Markdown markdown, AuditTrail audit) {
        this.pages = pages;
        this.markdown = markdown;
        this.audit = audit;
    }

    @GetMapping("/{lang}/pages/{slug}")
    String show(@PathVariable String lang, @PathVariable String slug, Model model) {
        SitePage page = pages.find(slug).orElseThrow(NotFoundException::new);
        var body = page.body().in(lang);
        model.addAttribute("title", page.title().in(lang));
        model.addAttribute("bodyHtml", markdown.toHtml(body.text()));
        model.addAttribute("bodyLang", body);
        model.addAttribute("slug", slug);
        return "site/page";
    }

    @GetMapping("/{lang}/pages/{slug}/edit")
    @PreAuthorize("@sitePermissions.mayEdit(principal)")
    String edit(@PathVariable String lang, @PathVariable String slug, Model model) {
        SitePage page = pages.find(slug).orElseThrow(NotFoundException::new);
        PageForm form = new PageForm();
        form.setTitle(TranslatableInput.from(page.title()));
        form.setBody(TranslatableInput.from(page.body()));
        form.setVersion(page.version());
        return form(model, slug, form, new FieldErrors(), false);
    }

    @PostMapping("/{lang}/pages/{slug}/edit")
    @PreAuthorize("@sitePermissions.mayEdit(principal)")
    String save(
            @PathVariable String lang,
            @PathVariable String slug,
            @Valid @ModelAttribute("form") PageForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        pages.find(slug).orElseThrow(NotFoundException::new);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, slug, form, errors, conflict),
                redirect,
                "flash.saved",
                () -> {
                    pages.save(slug, form);
                    return "/" + lang + "/pages/" + slug;
                });
    }

    private String form(Model model, String slug, PageForm form, FieldErrors errors, boolean conflict) {
        model.addAttribute("slug", slug);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("history", audit.history("site_page", slug));
        return "site/pageEdit";
    }
}
