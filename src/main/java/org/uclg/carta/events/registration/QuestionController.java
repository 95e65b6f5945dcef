package org.uclg.carta.events.registration;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

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

import org.uclg.carta.events.calendar.EventService;
import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;

/** The secretariat configures an event's registration form and, for an invitation-only event, who is invited. */
@Controller
@PreAuthorize("@eventsPermissions.mayCreate(principal)")
public class QuestionController {

    static final int MAX_INVITED = 5_000;

    private final RegistrationService registrations;
    private final EventService events;

    public QuestionController(RegistrationService registrations, EventService events) {
        this.registrations = registrations;
        this.events = events;
    }

    @GetMapping("/{lang}/events/{id}/questions")
    public String page(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        return page(model, events.visible(id, user), new QuestionForm(), new FieldErrors(), null);
    }

    @PostMapping("/{lang}/events/{id}/questions")
    public String add(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") QuestionForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        EventView e = events.visible(id, user);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> page(model, e, form, errors, null),
                redirect,
                "events.question.added",
                () -> {
                    registrations.addQuestion(e, form.toData(), user);
                    return "/" + lang + "/events/" + id + "/questions";
                });
    }

    @PostMapping("/{lang}/events/{id}/questions/{qid}/delete")
    public String remove(
            @PathVariable String lang,
            @PathVariable long id,
            @PathVariable long qid,
            Actor user,
            RedirectAttributes redirect) {
        registrations.removeQuestion(events.visible(id, user), qid, user);
        redirect.addFlashAttribute("flash", "events.question.removed");
        return "redirect:/" + lang + "/events/" + id + "/questions";
    }

    /** One address per line (or separated by commas); anything that is not an address is shown back. */
    @PostMapping("/{lang}/events/{id}/invitations")
    public String invite(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String emails,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        EventView e = events.visible(id, user);
        List<String> given = Arrays.stream(emails.split("[\\s,;]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        List<String> wrong = given.stream()
                .filter(s -> s.length() > 320 || !s.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))
                .toList();
        if (!wrong.isEmpty() || given.size() > MAX_INVITED) {
            FieldErrors errors = new FieldErrors();
            errors.reject(
                    "emails", given.size() > MAX_INVITED ? "events.invitations.tooMany" : "events.invitations.invalid");
            model.addAttribute("wrongEmails", wrong);
            return page(model, e, new QuestionForm(), errors, emails);
        }
        registrations.invite(e, given, user);
        redirect.addFlashAttribute("flash", "events.invitations.saved");
        return "redirect:/" + lang + "/events/" + id + "/questions";
    }

    private String page(Model model, EventView e, QuestionForm form, FieldErrors errors, String emailsTyped) {
        model.addAttribute("event", e);
        model.addAttribute("questions", registrations.questions(e.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "invited", emailsTyped != null ? emailsTyped : String.join("\n", registrations.invited(e.id())));
        if (!model.containsAttribute("wrongEmails")) {
            model.addAttribute("wrongEmails", List.of());
        }
        return "events/questions";
    }
}
