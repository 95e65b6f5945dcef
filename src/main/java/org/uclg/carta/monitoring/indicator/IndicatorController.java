package org.uclg.carta.monitoring.indicator;

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

import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.monitoring.adherence.AdherenceService;
import org.uclg.carta.taxonomy.Taxonomy;

/** The public indicator library and the editors' forms that keep it. */
@Controller
public class IndicatorController {

    private final IndicatorLibrary library;
    private final Taxonomy taxonomy;

    public IndicatorController(IndicatorLibrary library, Taxonomy taxonomy) {
        this.library = library;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/{lang}/monitoring/indicators")
    public String list(@PathVariable String lang, Model model) {
        model.addAttribute("indicators", library.all());
        return "monitoring/indicators";
    }

    @GetMapping("/{lang}/monitoring/indicators/{id}")
    public String one(@PathVariable String lang, @PathVariable long id, Model model) {
        IndicatorView indicator = library.find(id).orElseThrow(NotFoundException::new);
        model.addAttribute("indicator", indicator);
        model.addAttribute("articles", taxonomy.articles(indicator.articleIds()));
        return "monitoring/indicator";
    }

    @GetMapping("/{lang}/monitoring/indicators/new")
    @PreAuthorize("@monitoringPermissions.mayKeepLibrary(principal)")
    public String newForm(@PathVariable String lang, Model model) {
        return form(model, new IndicatorForm(), new FieldErrors(), null, false);
    }

    @PostMapping("/{lang}/monitoring/indicators/new")
    @PreAuthorize("@monitoringPermissions.mayKeepLibrary(principal)")
    public String create(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        checkArticles(form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, form, errors, null, conflict),
                redirect,
                "monitoring.indicator.saved",
                () -> "/" + lang + "/monitoring/indicators/" + library.create(form.toData()));
    }

    @GetMapping("/{lang}/monitoring/indicators/{id}/edit")
    @PreAuthorize("@monitoringPermissions.mayKeepLibrary(principal)")
    public String editForm(@PathVariable String lang, @PathVariable long id, Model model) {
        IndicatorView indicator = library.find(id).orElseThrow(NotFoundException::new);
        return form(model, IndicatorForm.of(indicator), new FieldErrors(), id, false);
    }

    @PostMapping("/{lang}/monitoring/indicators/{id}/edit")
    @PreAuthorize("@monitoringPermissions.mayKeepLibrary(principal)")
    public String update(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        library.find(id).orElseThrow(NotFoundException::new);
        checkArticles(form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, form, errors, id, conflict),
                redirect,
                "monitoring.indicator.saved",
                () -> {
                    library.update(id, form.getVersion(), form.toData());
                    return "/" + lang + "/monitoring/indicators/" + id;
                });
    }

    private void checkArticles(IndicatorForm form, BindingResult binding) {
        if (!AdherenceService.linkableArticles(taxonomy).containsAll(form.getArticleIds())) {
            FormFlow.reject(binding, "articleIds", "monitoring.error.article");
        }
    }

    private String form(Model model, IndicatorForm form, FieldErrors errors, Long id, boolean conflict) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("id", id);
        model.addAttribute("conflict", conflict);
        model.addAttribute("pickerGroups", taxonomy.pickerGroups());
        return "monitoring/indicatorEdit";
    }
}
