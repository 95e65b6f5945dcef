package org.uclg.carta.events.registration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.events.EventsPermissions;
import org.uclg.carta.events.calendar.EventController;
import org.uclg.carta.events.calendar.EventService;
import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.kit.content.WorkflowException;
import org.uclg.carta.kit.csv.TableWriter;
import org.uclg.carta.kit.i18n.Countries;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FormFlow;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;

/** Registering to an event, one's own registration by its signed link, and the organisers' registrants. */
@Controller
public class RegistrationController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RegistrationService registrations;
    private final EventService events;
    private final EventController pages;
    private final EventsPermissions permissions;
    private final Directory directory;
    private final Languages languages;

    public RegistrationController(
            RegistrationService registrations,
            EventService events,
            EventController pages,
            EventsPermissions permissions,
            Directory directory,
            Languages languages) {
        this.registrations = registrations;
        this.events = events;
        this.pages = pages;
        this.permissions = permissions;
        this.directory = directory;
        this.languages = languages;
    }

    @PostMapping("/{lang}/events/{id}/register")
    public String register(
            @PathVariable String lang,
            @PathVariable long id,
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult binding,
            Actor user,
            Model model,
            RedirectAttributes redirect) {
        EventView e = events.visible(id, user);
        List<QuestionView> questions = registrations.questions(id);
        form.checkAnswers(questions, languages.codes()).forEach((field, key) -> FormFlow.reject(binding, field, key));
        if (form.getLocalGovernmentId() != null && !user.represents(form.getLocalGovernmentId())) {
            FormFlow.reject(binding, "localGovernmentId", "validation.choice");
        }
        if (!form.getInterpretation().isEmpty() && !e.data().interpretation().contains(form.getInterpretation())) {
            FormFlow.reject(binding, "interpretation", "validation.choice");
        }
        try {
            return FormFlow.submit(
                    binding,
                    (errors, conflict) -> {
                        pages.show(model, lang, e, user, form, errors);
                        return "events/event";
                    },
                    redirect,
                    "events.registration.received",
                    () -> {
                        RegistrationView r = registrations.register(id, form.toData(questions, user));
                        return "/" + lang + "/events/registrations/" + r.id() + "?token="
                                + registrations.linkToken(r.id());
                    });
        } catch (WorkflowException closed) {
            redirect.addFlashAttribute("flashError", closed.messageKey());
            return "redirect:/" + lang + "/events/" + id;
        }
    }

    /** One's own registration, opened from the email's signed link: no account needed. */
    @GetMapping("/{lang}/events/registrations/{rid}")
    public String mine(
            @PathVariable String lang,
            @PathVariable long rid,
            @RequestParam(defaultValue = "") String token,
            Model model) {
        RegistrationView r = registrations.withLink(rid, token);
        EventView e = events.visible(r.eventId(), Actor.ANONYMOUS);
        model.addAttribute("registration", r);
        model.addAttribute("event", e);
        model.addAttribute("token", token);
        model.addAttribute("position", registrations.waitingPosition(r));
        model.addAttribute("questions", registrations.questions(e.id()));
        return "events/registration";
    }

    @PostMapping("/{lang}/events/registrations/{rid}/cancel")
    public String cancelMine(
            @PathVariable String lang,
            @PathVariable long rid,
            @RequestParam(defaultValue = "") String token,
            RedirectAttributes redirect) {
        try {
            registrations.cancelWithLink(rid, token);
            redirect.addFlashAttribute("flash", "events.registration.cancelled");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/" + lang + "/events/registrations/" + rid + "?token=" + token;
    }

    @GetMapping("/{lang}/events/{id}/registrants")
    public String registrants(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        EventView e = events.visible(id, user);
        model.addAttribute("event", e);
        model.addAttribute("registrants", registrations.registrants(e, user));
        model.addAttribute("seats", registrations.seats(e));
        model.addAttribute("localGovernments", localGovernmentNames(lang));
        model.addAttribute("questions", registrations.questions(id));
        return "events/registrants";
    }

    /** The attendance list to print: confirmed people, by name, with a column to sign. */
    @GetMapping("/{lang}/events/{id}/attendance")
    public String attendance(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        EventView e = events.visible(id, user);
        model.addAttribute("event", e);
        model.addAttribute(
                "registrants",
                registrations.registrants(e, user).stream()
                        .filter(r -> r.state() == RegistrationState.CONFIRMED)
                        .sorted(java.util.Comparator.comparing(r -> r.name().toLowerCase(java.util.Locale.ROOT)))
                        .toList());
        model.addAttribute("localGovernments", localGovernmentNames(lang));
        return "events/attendance";
    }

    @PostMapping("/{lang}/events/registrations/{rid}/approve")
    public String approve(@PathVariable String lang, @PathVariable long rid, Actor user, RedirectAttributes redirect) {
        RegistrationView r = registrations.find(rid).orElseThrow(NotFoundException::new);
        try {
            registrations.approve(rid, user);
            redirect.addFlashAttribute("flash", "events.registrants.approved");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/" + lang + "/events/" + r.eventId() + "/registrants";
    }

    @PostMapping("/{lang}/events/registrations/{rid}/cancel-by-organiser")
    public String cancelByOrganiser(
            @PathVariable String lang, @PathVariable long rid, Actor user, RedirectAttributes redirect) {
        RegistrationView r = registrations.find(rid).orElseThrow(NotFoundException::new);
        try {
            registrations.cancelAsOrganiser(rid, user);
            redirect.addFlashAttribute("flash", "events.registration.cancelled");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/" + lang + "/events/" + r.eventId() + "/registrants";
    }

    /** Registrants streamed as CSV or an Excel sheet: built-in answers, then the event's questions. */
    @GetMapping("/{lang}/events/{id}/registrants.{format}")
    public ResponseEntity<StreamingResponseBody> export(
            @PathVariable String lang, @PathVariable long id, @PathVariable String format, Actor user) {
        EventView e = events.visible(id, user);
        permissions.requireRunRegistrations(user, e);
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new NotFoundException();
        }
        List<QuestionView> questions = registrations.questions(id);
        Map<Long, String> lgs = localGovernmentNames(lang);
        StreamingResponseBody body = out -> {
            try (TableWriter table =
                    format.equals("csv") ? TableWriter.csv(out) : TableWriter.xlsx(out, "registrants")) {
                List<Object> header = new ArrayList<>(List.of(
                        "id",
                        "state",
                        "name",
                        "email",
                        "language",
                        "local_government",
                        "interpretation",
                        "accessibility_needs",
                        "dietary_needs",
                        "registered_at",
                        "confirmed_at",
                        "cancelled_at"));
                questions.forEach(q -> header.add(q.label().in(lang).text()));
                table.row(header);
                registrations.eachRegistrant(e, user, r -> {
                    List<Object> row = new ArrayList<>(List.of(
                            r.id(),
                            r.state().code(),
                            r.name(),
                            r.email(),
                            r.language(),
                            r.localGovernmentId() == null ? "" : lgs.getOrDefault(r.localGovernmentId(), ""),
                            orEmpty(r.interpretation()),
                            orEmpty(r.accessibilityNeeds()),
                            orEmpty(r.dietaryNeeds()),
                            r.createdAt().toString(),
                            r.confirmedAt() == null ? "" : r.confirmedAt().toString(),
                            r.cancelledAt() == null ? "" : r.cancelledAt().toString()));
                    questions.forEach(q -> row.add(shownAnswer(q, r, lang)));
                    try {
                        table.row(row);
                    } catch (IOException io) {
                        throw new UncheckedIOException(io);
                    }
                });
            }
        };
        String type = format.equals("csv") ? "text/csv;charset=UTF-8" : XLSX;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"carta-event-" + id + "-registrants." + format + "\"")
                .body(body);
    }

    /** An answer as people read it: choices by their label, countries by their name. */
    public static String shownAnswer(QuestionView q, RegistrationView r, String lang) {
        List<String> given = r.answers().getOrDefault(String.valueOf(q.id()), List.of());
        return given.stream()
                .map(v -> switch (q.type()) {
                    case CHOICE, CHOICES -> {
                        int i = v.matches("\\d{1,3}") ? Integer.parseInt(v) : -1;
                        yield i >= 0 && i < q.choices().size()
                                ? q.choices().get(i).in(lang).text()
                                : v;
                    }
                    case COUNTRY -> Countries.name(v, lang);
                    default -> v;
                })
                .collect(Collectors.joining("; "));
    }

    private Map<Long, String> localGovernmentNames(String lang) {
        return directory.allByName(lang).stream()
                .collect(Collectors.toMap(
                        LocalGovernmentView::id, lg -> lg.name().in(lang).text()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
