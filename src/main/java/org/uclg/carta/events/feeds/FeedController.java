package org.uclg.carta.events.feeds;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.uclg.carta.events.calendar.CalendarFilters;
import org.uclg.carta.events.calendar.EventService;
import org.uclg.carta.events.calendar.EventView;
import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.security.Actor;
import org.uclg.carta.kit.web.Languages;

/** The calendar as iCalendar files (all public events with the calendar's filters, or one event) and as Atom. */
@RestController
public class FeedController {

    static final MediaType ICS = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    /** A feed holds at most this many events: ten years of a busy network. */
    static final int FEED_EVENTS = 5_000;

    private final EventService events;
    private final IcsWriter ics;
    private final MessageSource messages;
    private final Languages languages;
    private final String baseUrl;

    public FeedController(
            EventService events, IcsWriter ics, MessageSource messages, Languages languages, CartaProperties props) {
        this.events = events;
        this.ics = ics;
        this.messages = messages;
        this.languages = languages;
        this.baseUrl = props.baseUrl().replaceAll("/$", "");
    }

    /** Upcoming events by default; with when=past or a month, those. */
    @GetMapping("/{lang}/events.ics")
    public ResponseEntity<String> feed(@PathVariable String lang, @ModelAttribute CalendarFilters filters) {
        requireLanguage(lang);
        List<EventView> all = events.feed(filters, FEED_EVENTS);
        return ResponseEntity.ok()
                .contentType(ICS)
                .header("Content-Disposition", "inline; filename=\"carta-events.ics\"")
                .body(ics.write(all, lang));
    }

    @GetMapping("/{lang}/events/{id}/event.ics")
    public ResponseEntity<String> one(@PathVariable String lang, @PathVariable long id, Actor user) {
        requireLanguage(lang);
        EventView e = events.visible(id, user);
        return ResponseEntity.ok()
                .contentType(ICS)
                .header("Content-Disposition", "attachment; filename=\"carta-event-" + id + ".ics\"")
                .body(ics.write(List.of(e), lang));
    }

    /** New events, latest published first. */
    @GetMapping("/{lang}/events.atom")
    public ResponseEntity<String> atom(@PathVariable String lang) throws IOException {
        requireLanguage(lang);
        Locale locale = Locale.forLanguageTag(lang);
        List<org.uclg.carta.kit.web.AtomFeed.Entry> entries = new ArrayList<>();
        for (EventView e : events.latestPublished(50)) {
            entries.add(new org.uclg.carta.kit.web.AtomFeed.Entry(
                    e.title().in(lang).text(),
                    baseUrl + "/" + lang + e.path(),
                    e.publishedAt(),
                    org.uclg.carta.events.calendar.When.range(e, locale) + " ("
                            + e.zone().getId() + ") — "
                            + e.data().summary().in(lang).text()));
        }
        return org.uclg.carta.kit.web.AtomFeed.of(
                messages.getMessage("events.title", null, locale), baseUrl + "/" + lang + "/events", lang, entries);
    }

    private void requireLanguage(String lang) {
        if (!languages.supports(lang)) {
            throw new org.uclg.carta.kit.web.NotFoundException();
        }
    }
}
