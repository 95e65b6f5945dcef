package org.uclg.carta.events.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import org.uclg.carta.events.EventsPermissions;
import org.uclg.carta.events.registration.RegistrationForm;
import org.uclg.carta.events.registration.RegistrationService;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.library.ResourceSpace;
import org.uclg.carta.network.Directory;
import org.uclg.carta.taxonomy.Taxonomy;

/** The public calendar (list and month), each event's page. */
@Controller
public class EventController {

    private final EventService events;
    private final RegistrationService registrations;
    private final EventsPermissions permissions;
    private final Parties parties;
    private final Taxonomy taxonomy;
    private final Directory directory;
    private final ResourceSpace resources;
    private final Markdown markdown;
    private final EventJsonLd jsonLd;
    private final Clock clock;

    public EventController(
            EventService events,
            RegistrationService registrations,
            EventsPermissions permissions,
            Parties parties,
            Taxonomy taxonomy,
            Directory directory,
            ResourceSpace resources,
            Markdown markdown,
            EventJsonLd jsonLd,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.permissions = permissions;
        this.parties = parties;
        this.taxonomy = taxonomy;
        this.directory = directory;
        this.resources = resources;
        this.markdown = markdown;
        this.jsonLd = jsonLd;
        this.clock = clock;
    }

    @GetMapping("/{lang}/events")
    public String calendar(
            @PathVariable String lang, @ModelAttribute("filters") CalendarFilters filters, Actor user, Model model) {
        EventService.CalendarPage page = events.calendar(filters);
        model.addAttribute("page", page);
        model.addAttribute(
                "seats",
                registrations.seats(page.events().stream().map(EventView::id).toList()));
        filterChoices(model, lang);
        model.addAttribute("editor", permissions.isEditor(user));
        return "events/calendar";
    }

    /** A month as an accessible table, every event of the month on its days (no paging). */
    @GetMapping("/{lang}/events/month")
    public String month(@PathVariable String lang, @ModelAttribute("filters") CalendarFilters filters, Model model) {
        YearMonth month = filters.yearMonth().orElse(YearMonth.now(clock.withZone(ZoneOffset.UTC)));
        filters.setMonth(month.toString());
        List<EventView> all = events.feed(filters, 2_000);
        model.addAttribute("grid", MonthGrid.of(month, all));
        filterChoices(model, lang);
        return "events/month";
    }

    private void filterChoices(Model model, String lang) {
        model.addAttribute("regions", taxonomy.regions());
        model.addAttribute("countries", directory.countriesInUse(lang));
        model.addAttribute("articles", taxonomy.pickerGroups());
    }

    @GetMapping("/{lang}/events/{id}")
    public String event(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        EventView e = events.visible(id, user);
        show(model, lang, e, user, RegistrationForm.forViewer(user, lang), new FieldErrors());
        return "events/event";
    }

    /** The event page's model; the registration form, when it is shown again with errors, is the one typed. */
    public void show(Model model, String lang, EventView e, Actor user, RegistrationForm form, FieldErrors errors) {
        Instant now = Instant.now(clock);
        model.addAttribute("event", e);
        model.addAttribute("organisers", parties.of(e.data().organisers()));
        model.addAttribute("tags", taxonomy.articles(e.data().articleIds()));
        model.addAttribute(
                "description", markdown.toHtml(e.data().description().in(lang).text()));
        model.addAttribute(
                "outcomes", markdown.toHtml(e.data().outcomes().in(lang).text()));
        model.addAttribute(
                "materials",
                e.data().materials().stream()
                        .map(m -> new Shown(
                                m,
                                m.resourceId() == null
                                        ? null
                                        : resources
                                                .publishedTitle(m.resourceId())
                                                .orElse(null)))
                        .filter(s -> s.material().url() != null || s.resourceTitle() != null)
                        .toList());
        model.addAttribute("seats", registrations.seats(e));
        model.addAttribute("registrationOpen", e.registrationOpen(now));
        model.addAttribute("past", e.past(now));
        model.addAttribute("questions", registrations.questions(e.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "localGovernments",
                user != null && !user.localGovernments().isEmpty()
                        ? directory.findAll(user.localGovernments())
                        : List.of());
        model.addAttribute("editor", permissions.mayEdit(user, e));
        model.addAttribute("organiser", permissions.mayRunRegistrations(user, e));
        model.addAttribute("jsonLd", jsonLd.of(e, lang));
    }

    /** A material as the page lists it: a link, or a Resource Space item with its title. */
    public record Shown(Material material, org.uclg.carta.kit.i18n.TranslatableText resourceTitle) {}
}
