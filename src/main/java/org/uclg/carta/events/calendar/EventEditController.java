package org.uclg.carta.events.calendar;

import java.time.ZoneId;
import java.util.List;

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

import org.uclg.carta.events.registration.RegistrationService;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.kit.i18n.TranslatableInput;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.taxonomy.Taxonomy;

/** The secretariat's forms: a new event, editing one, publishing, cancelling and postponing. */
@Controller
@PreAuthorize("@eventsPermissions.mayCreate(principal)")
public class EventEditController {

    /** The zones offered first in the form; any IANA zone is accepted. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted()
            .toList();

    private final EventService events;
    private final RegistrationService registrations;
    private final Parties parties;
    private final EventChecks checks;
    private final Taxonomy taxonomy;
    private final Languages languages;

    public EventEditController(
            EventService events,
            RegistrationService registrations,
            Parties parties,
            EventChecks checks,
            Taxonomy taxonomy,
            Languages languages) {
        this.events = events;
        this.registrations = registrations;
        this.parties = parties;
        this.checks = checks;
        this.taxonomy = taxonomy;
        this.languages = languages;
    }

    @GetMapping("/{lang}/events/new")
    public String newForm(@PathVariable String lang, Model model) {
        return form(model, lang, new EventForm(), new FieldErrors(), null, false);
    }

    @PostMapping("/{lang}/events/new")
    public String create(
            @PathVariable String lang,
            @Valid @ModelAttribute("form") EventForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        check(form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, lang, form, errors, null, conflict),
                redirect,
                "events.saved",
                () -> "/" + lang + "/events/" + events.create(form.toData(), user));
    }

    @GetMapping("/{lang}/events/{id}/edit")
    public String editForm(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        EventView e = events.visible(id, user);
        return form(model, lang, EventForm.of(e), new FieldErrors(), e, false);
    }

    @PostMapping("/{lang}/events/{id}/edit")
    public String update(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") EventForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        EventView e = events.visible(id, user);
        check(form, binding);
        return FormFlow.submit(
                binding,
                (errors, conflict) -> form(model, lang, form, errors, e, conflict),
                redirect,
                "events.saved",
                () -> {
                    events.update(id, form.getVersion(), form.toData(), user);
                    registrations.fillFreeSeats(id); // a larger capacity seats the waiting
                    return "/" + lang + "/events/" + id;
                });
    }

    @PostMapping("/{lang}/events/{id}/publish")
    public String publish(@PathVariable String lang, @PathVariable long id, Actor user, RedirectAttributes redirect) {
        return step(lang, id, redirect, "events.published", () -> events.publish(id, user));
    }

    /** What the cancel-or-postpone form posts. */
    public static class InterruptForm {
        private String to = "";
        private TranslatableInput reason = new TranslatableInput();

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to == null ? "" : to;
        }

        public TranslatableInput getReason() {
            return reason;
        }

        public void setReason(TranslatableInput reason) {
            this.reason = reason;
        }
    }

    /** Cancels (to = cancelled) or postpones (to = postponed), with the reason registrants are told. */
    @PostMapping("/{lang}/events/{id}/interrupt")
    public String interrupt(
            @PathVariable String lang,
            @PathVariable long id,
            @ModelAttribute InterruptForm form,
            Actor user,
            RedirectAttributes redirect) {
        String to = form.getTo();
        TranslatableInput reason = form.getReason();
        EventState state =
                to.equals("cancelled") ? EventState.CANCELLED : to.equals("postponed") ? EventState.POSTPONED : null;
        if (state == null || reason.isBlankIn(languages.codes()) || reason.tooLong(2_000)) {
            redirect.addFlashAttribute("flashError", "events.error.reason");
            return "redirect:/" + lang + "/events/" + id;
        }
        return step(
                lang,
                id,
                redirect,
                state == EventState.CANCELLED ? "events.cancelled" : "events.postponed",
                () -> events.interrupt(id, state, reason.toText(), user));
    }

    private String step(String lang, long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/" + lang + "/events/" + id;
    }

    private void check(EventForm form, BindingResult binding) {
        java.util.Set<String> rejected = new java.util.HashSet<>();
        binding.getFieldErrors().forEach(f -> rejected.add(f.getField()));
        checks.check(form, rejected).forEach((field, key) -> FormFlow.reject(binding, field, key));
    }

    private String form(
            Model model, String lang, EventForm form, FieldErrors errors, EventView event, boolean conflict) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("event", event);
        model.addAttribute("conflict", conflict);
        model.addAttribute("zones", ZONES);
        model.addAttribute("parties", parties.choices(lang));
        model.addAttribute("regions", taxonomy.regions());
        model.addAttribute("countries", Countries.all(lang));
        model.addAttribute("pickerGroups", taxonomy.pickerGroups());
        return "events/eventEdit";
    }
}
