package org.uclg.carta.events.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.uclg.carta.events.EventsPermissions;
import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.events.feeds.IcsWriter;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.BadRequestException;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.library.ResourceSpace;

/** The Forum's public pages: editions, each day's timetable, sessions, speakers, and one's own agenda. */
@Controller
public class ForumController {

    private static final MediaType ICS = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final ForumService forum;
    private final EventsPermissions permissions;
    private final IcsWriter ics;
    private final Markdown markdown;
    private final ResourceSpace resources;

    public ForumController(
            ForumService forum,
            EventsPermissions permissions,
            IcsWriter ics,
            Markdown markdown,
            ResourceSpace resources) {
        this.forum = forum;
        this.permissions = permissions;
        this.ics = ics;
        this.markdown = markdown;
        this.resources = resources;
    }

    @GetMapping("/{lang}/forum")
    public String editions(@PathVariable String lang, Model model) {
        model.addAttribute("editions", forum.editions());
        return "events/forum/editions";
    }

    /** An edition's programme: its days, each day's timetable (the first day unless one is asked). */
    @GetMapping("/{lang}/forum/{id}")
    public String edition(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam(required = false) String day,
            Actor user,
            Model model) {
        EventView edition = forum.edition(id, user);
        ForumService.Outline outline = forum.outline(edition, user);
        List<LocalDate> days = outline.days();
        LocalDate shown = days.get(0);
        if (day != null && !day.isBlank()) {
            try {
                shown = LocalDate.parse(day);
            } catch (java.time.format.DateTimeParseException e) {
                throw new BadRequestException("events.filter.invalid", "day");
            }
            if (!days.contains(shown)) {
                throw new NotFoundException();
            }
        }
        model.addAttribute("edition", edition);
        model.addAttribute("days", days);
        model.addAttribute("day", shown);
        List<SessionView> ofDay = forum.day(edition, shown, user);
        model.addAttribute("timetable", Timetable.of(shown, edition.zone(), forum.rooms(id), ofDay));
        model.addAttribute("tracks", forum.tracks(id));
        model.addAttribute("speakers", forum.speakers(ofDay));
        model.addAttribute("marked", user.signedIn() ? Set.copyOf(forum.agendaIds(user.username())) : Set.of());
        model.addAttribute("editor", permissions.isEditor(user));
        model.addAttribute("count", (int) outline.sessions());
        return "events/forum/edition";
    }

    @GetMapping("/{lang}/forum/sessions/{id}")
    public String session(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        SessionView s = forum.session(id, user);
        EventView edition = forum.edition(s.eventId(), user);
        model.addAttribute("session", s);
        model.addAttribute("edition", edition);
        model.addAttribute(
                "summary", markdown.toHtml(s.data().summary().in(lang).text()));
        model.addAttribute("speakers", forum.speakers(List.of(s)));
        model.addAttribute(
                "room",
                forum.rooms(edition.id()).stream()
                        .filter(r -> r.id().equals(s.data().roomId()))
                        .map(Timetable.RoomColumn::name)
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "track",
                s.data().trackId() == null
                        ? null
                        : forum.tracks(edition.id()).get(s.data().trackId()));
        model.addAttribute(
                "recordingTitle",
                s.data().recordingResourceId() == null
                        ? null
                        : resources
                                .publishedTitle(s.data().recordingResourceId())
                                .orElse(null));
        model.addAttribute(
                "marked", user.signedIn() && forum.agendaIds(user.username()).contains(id));
        model.addAttribute("editor", permissions.isEditor(user));
        return "events/forum/session";
    }

    @GetMapping("/{lang}/forum/speakers/{id}")
    public String speaker(@PathVariable String lang, @PathVariable long id, Actor user, Model model) {
        SpeakerView speaker = forum.speaker(id);
        List<SessionView> sessions = forum.sessionsOf(id);
        if (sessions.isEmpty() && !permissions.isEditor(user)) {
            throw new NotFoundException(); // not yet in a published programme
        }
        model.addAttribute("speaker", speaker);
        model.addAttribute("sessions", sessions);
        model.addAttribute(
                "editions",
                sessions.stream()
                        .map(SessionView::eventId)
                        .distinct()
                        .collect(java.util.stream.Collectors.toMap(e -> e, e -> forum.edition(e, user))));
        model.addAttribute("editor", permissions.isEditor(user));
        return "events/forum/speaker";
    }

    /** Marks or unmarks a session in one's own agenda; works as a plain form without JavaScript. */
    @PostMapping("/{lang}/forum/sessions/{id}/agenda")
    public String toggle(@PathVariable String lang, @PathVariable long id, Actor user, RedirectAttributes redirect) {
        if (!user.signedIn()) {
            throw new AccessDeniedException("Sign in to keep an agenda");
        }
        boolean marked = forum.toggleAgenda(id, user);
        redirect.addFlashAttribute("flash", marked ? "forum.agenda.added" : "forum.agenda.removed");
        return "redirect:/" + lang + "/forum/sessions/" + id;
    }

    @GetMapping("/{lang}/forum/agenda")
    public String agenda(@PathVariable String lang, Actor user, Model model) {
        if (!user.signedIn()) {
            throw new AccessDeniedException("Sign in to keep an agenda");
        }
        List<SessionView> sessions = forum.agenda(user.username());
        model.addAttribute("sessions", sessions);
        model.addAttribute(
                "editions",
                sessions.stream()
                        .map(SessionView::eventId)
                        .distinct()
                        .collect(java.util.stream.Collectors.toMap(e -> e, e -> forum.edition(e, user))));
        model.addAttribute(
                "feed",
                "/" + lang + "/forum/agenda.ics?account="
                        + java.net.URLEncoder.encode(user.username(), java.nio.charset.StandardCharsets.UTF_8)
                        + "&token=" + forum.agendaToken(user.username()));
        return "events/forum/agenda";
    }

    @GetMapping("/{lang}/forum/{id}/programme.ics")
    @ResponseBody
    public ResponseEntity<String> programmeFeed(@PathVariable String lang, @PathVariable long id) {
        EventView edition = forum.edition(id, Actor.ANONYMOUS);
        return ResponseEntity.ok()
                .contentType(ICS)
                .body(ics.sessions(slots(forum.programme(edition, Actor.ANONYMOUS)), lang));
    }

    /** One's agenda as a private feed: the signed token in the link stands for the account. */
    @GetMapping("/{lang}/forum/agenda.ics")
    @ResponseBody
    public ResponseEntity<String> agendaFeed(
            @PathVariable String lang,
            @RequestParam(defaultValue = "") String account,
            @RequestParam(defaultValue = "") String token) {
        String who = forum.agendaAccount(account, token).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok().contentType(ICS).body(ics.sessions(slots(forum.agenda(who)), lang));
    }

    private List<IcsWriter.Slot> slots(List<SessionView> sessions) {
        Map<Long, EventView> editions = new java.util.HashMap<>();
        Map<Long, String> roomNames = new java.util.HashMap<>();
        return sessions.stream()
                .map(s -> {
                    EventView e = editions.computeIfAbsent(s.eventId(), id -> {
                        forum.rooms(id).forEach(r -> roomNames.put(r.id(), r.name()));
                        return forum.edition(id, Actor.ANONYMOUS);
                    });
                    String room = roomNames.get(s.data().roomId());
                    String city = e.data().venue().city();
                    String where = room == null ? city : city == null ? room : room + ", " + city;
                    return new IcsWriter.Slot(
                            s.id(),
                            s.path(),
                            s.data().title(),
                            s.data().summary() == null
                                    ? TranslatableText.empty()
                                    : s.data().summary(),
                            s.data().startsAt(),
                            s.data().endsAt(),
                            e.zone(),
                            where,
                            e.publishedAt() == null ? Instant.EPOCH : e.publishedAt());
                })
                .toList();
    }
}
