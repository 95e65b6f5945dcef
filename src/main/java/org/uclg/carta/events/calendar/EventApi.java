package org.uclg.carta.events.calendar;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.events.registration.RegistrationService;
import org.uclg.carta.events.registration.Seats;
import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.FieldErrors;
import org.uclg.carta.kit.web.FormValidator;
import org.uclg.carta.kit.web.InvalidInputException;
import org.uclg.carta.taxonomy.Taxonomy;

/** Events as open data, in the platform's API conventions; editors write them with a token. */
@RestController
public class EventApi {

    private final EventService events;
    private final RegistrationService registrations;
    private final Parties parties;
    private final Taxonomy taxonomy;
    private final EventChecks checks;
    private final FormValidator validator;
    private final String pagesUrl;
    private final java.time.Clock clock;
    private final Programmes programmes;

    public EventApi(
            EventService events,
            RegistrationService registrations,
            Parties parties,
            Taxonomy taxonomy,
            EventChecks checks,
            FormValidator validator,
            CartaProperties props,
            java.time.Clock clock,
            Programmes programmes) {
        this.clock = clock;
        this.programmes = programmes;
        this.events = events;
        this.registrations = registrations;
        this.parties = parties;
        this.taxonomy = taxonomy;
        this.checks = checks;
        this.validator = validator;
        this.pagesUrl = props.pagesUrl();
    }

    /** Upcoming events soonest first, or past ones (when=past), or a month; filters as the calendar's. */
    @GetMapping("/api/v1/events")
    public Map<String, Object> list(@ModelAttribute CalendarFilters filters) {
        EventService.CalendarPage page = events.calendar(filters);
        Map<Long, Seats> seats =
                registrations.seats(page.events().stream().map(EventView::id).toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", page.total());
        body.put("page", page.paging().page());
        body.put("size", page.paging().size());
        Lookups lookups = lookups(page.events());
        body.put(
                "items",
                page.events().stream()
                        .map(e -> json(e, seats.getOrDefault(e.id(), Seats.NONE).withCapacity(e), lookups))
                        .toList());
        return body;
    }

    @GetMapping("/api/v1/events/{id}")
    public Map<String, Object> one(@PathVariable long id, Actor user) {
        EventView e = events.visible(id, user);
        Map<String, Object> m = json(e, registrations.seats(e), lookups(List.of(e)));
        m.put("description", e.data().description().values());
        m.put("outcomes", e.data().outcomes().values());
        m.put(
                "materials",
                e.data().materials().stream()
                        .map(x -> {
                            Map<String, Object> mm = new LinkedHashMap<>();
                            mm.put("kind", x.kind().code());
                            mm.put("label", x.label());
                            mm.put("url", x.resourceId() != null ? pagesUrl + "/resources/" + x.resourceId() : x.url());
                            return mm;
                        })
                        .toList());
        if (e.kind() == EventKind.FORUM) {
            m.put("sessions", programmes.publishedSessions(e));
        }
        return m;
    }

    @PostMapping("/api/v1/events")
    @PreAuthorize("@eventsPermissions.mayCreate(principal)")
    public ResponseEntity<Map<String, Object>> create(@RequestBody EventJson body, Actor user) {
        EventForm form = validated(body);
        long id = events.create(form.toData(), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(one(id, user));
    }

    @PutMapping("/api/v1/events/{id}")
    @PreAuthorize("@eventsPermissions.mayCreate(principal)")
    public Map<String, Object> update(@PathVariable long id, @RequestBody EventJson body, Actor user) {
        EventView current = events.visible(id, user);
        EventForm form = validated(body);
        try {
            events.update(id, body.version() == null ? current.version() : body.version(), form.toData(), user);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new InvalidInputException(Map.of("version", "validation.conflict"));
        }
        registrations.fillFreeSeats(id);
        return one(id, user);
    }

    private EventForm validated(EventJson body) {
        EventForm form = body.toForm();
        FieldErrors errors = validator.check(form);
        checks.check(form, new HashSet<>(errors.all().keySet())).forEach(errors::reject);
        if (errors.any()) {
            throw new InvalidInputException(errors.all());
        }
        return form;
    }

    /** The articles and organisers of a page of events, read once for the whole page. */
    private record Lookups(
            Map<Long, org.uclg.carta.taxonomy.ArticleRef> articles, Map<String, Parties.Named> organisers) {}

    private Lookups lookups(List<EventView> page) {
        Map<Long, org.uclg.carta.taxonomy.ArticleRef> articles = new LinkedHashMap<>();
        taxonomy.articles(page.stream()
                        .flatMap(e -> e.data().articleIds().stream())
                        .collect(java.util.stream.Collectors.toSet()))
                .forEach(a -> articles.put(a.id(), a));
        Map<String, Parties.Named> organisers = new LinkedHashMap<>();
        parties.of(page.stream()
                        .flatMap(e -> e.data().organisers().stream())
                        .distinct()
                        .toList())
                .forEach(o -> organisers.put(o.code(), o));
        return new Lookups(articles, organisers);
    }

    private Map<String, Object> json(EventView e, Seats seats, Lookups lookups) {
        EventData d = e.data();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("kind", d.kind().code());
        m.put("state", e.state().code());
        m.put("stateReason", e.stateReason().values());
        m.put("title", d.title().values());
        m.put("summary", d.summary().values());
        m.put("start", When.iso(e.start()));
        m.put("end", When.iso(e.end()));
        m.put("timeZone", d.timeZone().getId());
        Map<String, Object> venue = null;
        if (d.inPerson()) {
            venue = new LinkedHashMap<>();
            venue.put("name", d.venue().name());
            venue.put("address", d.venue().address());
            venue.put("city", d.venue().city());
            venue.put("country", d.venue().country());
            venue.put("latitude", d.venue().latitude());
            venue.put("longitude", d.venue().longitude());
        }
        m.put("venue", venue);
        m.put("online", d.onlineUrl());
        m.put("region", d.region());
        m.put("languages", d.languages().stream().sorted().toList());
        m.put("interpretation", d.interpretation().stream().sorted().toList());
        m.put("accessibility", d.accessibility().values());
        m.put(
                "organisers",
                d.organisers().stream()
                        .filter(o -> lookups.organisers().containsKey(o.party() + ":" + o.partyId()))
                        .map(o -> {
                            Parties.Named named = lookups.organisers().get(o.party() + ":" + o.partyId());
                            return Map.of(
                                    "type", named.kind(),
                                    "id", o.partyId(),
                                    "name", named.name().values(),
                                    "lead", o.lead(),
                                    "url", pagesUrl + named.path());
                        })
                        .toList());
        Map<String, Object> reg = new LinkedHashMap<>();
        reg.put("state", registrationState(e, seats));
        reg.put("mode", d.registration().mode().code());
        reg.put("capacity", seats.capacity());
        reg.put("confirmed", seats.confirmed());
        reg.put("waiting", seats.waiting());
        reg.put(
                "opens",
                d.registration().opensAt() == null
                        ? null
                        : When.iso(d.registration().opensAt().atZone(d.timeZone())));
        reg.put(
                "closes",
                d.registration().closesAt() == null
                        ? null
                        : When.iso(d.registration().closesAt().atZone(d.timeZone())));
        m.put("registration", reg);
        m.put(
                "articles",
                d.articleIds().stream()
                        .map(lookups.articles()::get)
                        .filter(java.util.Objects::nonNull)
                        .sorted(java.util.Comparator.comparing(org.uclg.carta.taxonomy.ArticleRef::frameworkCode)
                                .thenComparing(org.uclg.carta.taxonomy.ArticleRef::id))
                        .map(a -> Map.of("id", a.id(), "framework", a.frameworkCode(), "number", a.number()))
                        .toList());
        m.put("publishedAt", e.publishedAt() == null ? null : When.iso(e.publishedAt()));
        m.put("version", e.version());
        m.put("url", pagesUrl + e.path());
        return m;
    }

    /** open, closed or full (open, every seat taken: new registrations wait). */
    private String registrationState(EventView e, Seats seats) {
        if (!e.registrationOpen(java.time.Instant.now(clock))) {
            return "closed";
        }
        return seats.full() ? "full" : "open";
    }
}
