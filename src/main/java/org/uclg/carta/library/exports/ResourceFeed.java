package org.uclg.carta.library.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
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
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.library.resource.ResourceCard;
import org.uclg.carta.library.search.ResourceQuery;
import org.uclg.carta.library.search.ResourceSearch;

/** An Atom feed of any search's newest results (Rome), for feed readers and other sites. */
@Component
public class ResourceFeed {

    public static final int ENTRIES = 50;

    private final ResourceSearch search;
    private final MessageSource messages;
    private final String baseUrl;
    private final String pagesUrl;

    public ResourceFeed(ResourceSearch search, MessageSource messages, CartaProperties props) {
        this.search = search;
        this.messages = messages;
        this.baseUrl = props.baseUrl().replaceAll("/$", "");
        this.pagesUrl = props.pagesUrl();
    }

    public void write(ResourceQuery q, String lang, OutputStream out) throws IOException {
        ResourceQuery newest = new ResourceQuery(
                q.q(),
                q.type(),
                q.framework(),
                q.article(),
                q.region(),
                q.country(),
                q.localGovernment(),
                q.year(),
                q.language(),
                q.fileType(),
                "date",
                1,
                ENTRIES);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(messages.getMessage("library.title", null, Locale.forLanguageTag(lang)) + " · Carta");
        feed.setLink(baseUrl + "/" + lang + "/resources" + q.onPage(1));
        feed.setUri(baseUrl + "/" + lang + "/resources" + q.onPage(1));
        feed.setLanguage(lang);
        feed.setPublishedDate(new Date());
        List<SyndEntry> entries = new ArrayList<>();
        for (var hit : search.search(newest, lang).hits()) {
            ResourceCard r = hit.resource();
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(r.title().in(lang).text());
            entry.setLink(baseUrl + "/" + lang + r.path());
            entry.setUri(pagesUrl + r.path());
            if (r.issuedOn() != null) {
                entry.setPublishedDate(Date.from(r.issuedOn().atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            entry.setUpdatedDate(Date.from(r.updatedAt()));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(r.summary().in(lang).text());
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            new SyndFeedOutput().output(feed, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        } catch (FeedException e) {
            throw new IOException(e);
        }
    }
}
