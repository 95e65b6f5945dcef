package org.uclg.carta.events.debate;

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

import org.uclg.carta.events.calendar.EventService;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.taxonomy.Taxonomy;

/** The secretariat opens and edits debates. */
@Controller
@PreAuthorize("@eventsPermissions.mayCreate(principal)")
public class DebateEditController {

    private final DebateService debates;
    private final EventService events;
    private final Taxonomy taxonomy;

    public DebateEditController(DebateService debates, EventService events, Taxonomy taxonomy) {
        this.debates = debates;
        this.events = events;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/{lang}/debates/new")
    public String newForm(@PathVariable String lang, Model model) {
        return form(model, new DebateForm(), new FieldErrors(), null, false);
    }

    @PostMapping("/{lang}/debates/new")
    public String create(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") DebateForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        check(form, binding, user);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, form, errors, null, conflict),
                redirect,
                "debates.saved",
                () -> "/" + lang + "/debates/" + debates.create(form.toData(), user));
    }

    @GetMapping("/{lang}/debates/{id}/edit")
    public String editForm(@PathVariable String lang, @PathVariable long id, Model model) {
        DebateView d = debates.debate(id);
        return form(model, DebateForm.of(d), new FieldErrors(), d, false);
    }

    @PostMapping("/{lang}/debates/{id}/edit")
    public String update(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") DebateForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        DebateView d = debates.debate(id);
        check(form, binding, user);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, form, errors, d, conflict),
                redirect,
                "debates.saved",
                () -> {
                    debates.update(id, form.getVersion(), form.toData(), user);
                    return "/" + lang + "/debates/" + id;
                });
    }

    private void check(DebateForm form, BindingResult binding, Actor user) {
        if (form.getEventId() != null) {
            try {
                events.visible(form.getEventId(), user);
            } catch (org.uclg.carta.kit.web.NotFoundException e) {
                FormFlow.reject(binding, "eventId", "validation.choice");
            }
        }
        if (taxonomy.articles(form.getArticleIds()).size()
                != form.getArticleIds().stream().distinct().count()) {
            FormFlow.reject(binding, "articleIds", "events.error.article");
        }
    }

    private String form(Model model, DebateForm form, FieldErrors errors, DebateView debate, boolean conflict) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("debate", debate);
        model.addAttribute("conflict", conflict);
        model.addAttribute("pickerGroups", taxonomy.pickerGroups());
        return "events/debate/debateEdit";
    }
}
