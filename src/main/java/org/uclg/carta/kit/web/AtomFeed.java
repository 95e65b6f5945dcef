package org.uclg.carta.kit.web;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An Atom feed of a module's latest items (events, campaign updates, newsletter issues), newest first. */
public final class AtomFeed {

    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private AtomFeed() {}

    /** One entry: absolute link, publication instant (null reads as unknown) and a plain-text summary. */
    public record Entry(String title, String link, Instant published, String summary) {}

    /** @param link the absolute address of the page the feed follows */
    public static ResponseEntity<String> of(String title, String link, String lang, List<Entry> entries)
            throws IOException {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title + " · Carta");
        feed.setLink(link);
        feed.setUri(link);
        feed.setLanguage(lang);
        feed.setPublishedDate(
                entries.isEmpty() ? new Date(0) : date(entries.get(0).published()));
        List<SyndEntry> out = new ArrayList<>();
        for (Entry e : entries) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(e.title());
            entry.setLink(e.link());
            entry.setUri(e.link());
            entry.setPublishedDate(date(e.published()));
            entry.setUpdatedDate(date(e.published()));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(e.summary());
            entry.setDescription(summary);
            out.add(entry);
        }
        feed.setEntries(out);
        StringWriter xml = new StringWriter();
        try {
            new SyndFeedOutput().output(feed, xml);
        } catch (FeedException ex) {
            throw new IOException(ex);
        }
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    private static Date date(Instant at) {
        return at == null ? new Date(0) : Date.from(at);
    }
}
