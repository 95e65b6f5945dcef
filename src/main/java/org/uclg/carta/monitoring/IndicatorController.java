package org.uclg.carta.monitoring;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.InvalidInputException;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.taxonomy.Taxonomy;

/** The public indicator library and the editors' forms that keep it. */
@Controller
class IndicatorController {

    private final IndicatorLibrary library;
    private final Taxonomy taxonomy;
    private final CartaProperties props;

    IndicatorController(IndicatorLibrary library, Taxonomy taxonomy, CartaProperties props) {
        this.library = library;
        this.taxonomy = taxonomy;
        this.props = props;
    }

    @GetMapping("/{lang}/monitoring/indicators")
    String list(@PathVariable String lang, Model model) {
        model.addAttribute("indicators", library.all());
        return "monitoring/indicators";
    }

    @GetMapping("/{lang}/monitoring/indicators/{id}")
    String one(@PathVariable String lang, @PathVariable long id, Model model) {
        IndicatorView indicator = library.find(id).orElseThrow(NotFoundException::new);
        model.addAttribute("indicator", indicator);
        model.addAttribute("articles", taxonomy.articles(indicator.articleIds()));
        return "monitoring/indicator";
    }

    @GetMapping("/{lang}/monitoring/indicators/new")
    @PreAuthorize("hasRole('EDITOR')")
    String newForm(@PathVariable String lang, Model model) {
        return form(model, new IndicatorForm(), new FieldErrors(), null, false);
    }

    @PostMapping("/{lang}/monitoring/indicators/new")
    @PreAuthorize("hasRole('EDITOR')")
    String create(@PathVariable String lang, @ModelAttribute("form") IndicatorForm form, Model model,
            RedirectAttributes redirect) {
        var validated = form.validate(props.languages(), Monitoring.linkableArticles(taxonomy));
        if (validated.errors().any()) {
            return form(model, form, validated.errors(), null, false);
        }
        try {
            long id = library.create(validated.data());
            redirect.addFlashAttribute("flash", "monitoring.indicator.saved");
            return "redirect:/" + lang + "/monitoring/indicators/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, errors(e), null, false);
        }
    }

    @GetMapping("/{lang}/monitoring/indicators/{id}/edit")
    @PreAuthorize("hasRole('EDITOR')")
    String editForm(@PathVariable String lang, @PathVariable long id, Model model) {
        IndicatorView indicator = library.find(id).orElseThrow(NotFoundException::new);
        return form(model, IndicatorForm.of(indicator), new FieldErrors(), id, false);
    }

    @PostMapping("/{lang}/monitoring/indicators/{id}/edit")
    @PreAuthorize("hasRole('EDITOR')")
    String update(@PathVariable String lang, @PathVariable long id, @ModelAttribute("form") IndicatorForm form,
            Model model, RedirectAttributes redirect) {
        library.find(id).orElseThrow(NotFoundException::new);
        var validated = form.validate(props.languages(), Monitoring.linkableArticles(taxonomy));
        if (validated.errors().any()) {
            return form(model, form, validated.errors(), id, false);
        }
        try {
            library.update(id, form.getVersion(), validated.data());
        } catch (InvalidInputException e) {
            return form(model, form, errors(e), id, false);
        } catch (ObjectOptimisticLockingFailureException e) {
            return form(model, form, new FieldErrors(), id, true);
        }
        redirect.addFlashAttribute("flash", "monitoring.indicator.saved");
        return "redirect:/" + lang + "/monitoring/indicators/" + id;
    }

    private String form(Model model, IndicatorForm form, FieldErrors errors, Long id, boolean conflict) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("id", id);
        model.addAttribute("conflict", conflict);
        model.addAttribute("pickerGroups", taxonomy.pickerGroups());
        return "monitoring/indicatorEdit";
    }


    private static FieldErrors errors(InvalidInputException e) {
        FieldErrors errors = new FieldErrors();
        e.errors().forEach(errors::reject);
        return errors;
    }
}
