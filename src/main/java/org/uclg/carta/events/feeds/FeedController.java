package org.uclg.carta.events.feeds;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
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
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(messages.getMessage("events.title", null, locale) + " · Carta");
        feed.setLink(baseUrl + "/" + lang + "/events");
        feed.setUri(baseUrl + "/" + lang + "/events");
        feed.setLanguage(lang);
        List<EventView> latest = events.latestPublished(50);
        feed.setPublishedDate(
                latest.isEmpty() || latest.get(0).publishedAt() == null
                        ? new Date(0)
                        : Date.from(latest.get(0).publishedAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (EventView e : latest) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(e.title().in(lang).text());
            entry.setLink(baseUrl + "/" + lang + e.path());
            entry.setUri(baseUrl + "/" + lang + e.path());
            Date published = e.publishedAt() == null ? new Date(0) : Date.from(e.publishedAt());
            entry.setPublishedDate(published);
            entry.setUpdatedDate(published);
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(org.uclg.carta.events.calendar.When.range(e, locale) + " ("
                    + e.zone().getId() + ") — " + e.data().summary().in(lang).text());
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        StringWriter out = new StringWriter();
        try {
            new SyndFeedOutput().output(feed, out);
        } catch (FeedException e) {
            throw new IOException(e);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(out.toString());
    }

    private void requireLanguage(String lang) {
        if (!languages.supports(lang)) {
            throw new org.uclg.carta.kit.web.NotFoundException();
        }
    }
}
