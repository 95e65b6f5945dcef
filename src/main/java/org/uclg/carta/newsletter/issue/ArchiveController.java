package org.uclg.carta.newsletter.issue;

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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.kit.web.Paging;

/** The public archive: each sent issue in the reader's language, and an Atom feed of them. */
@Controller
public class ArchiveController {

    private final Issues issues;
    private final LiveBlocks blocks;
    private final Markdown markdown;
    private final MessageSource messages;
    private final Languages languages;
    private final String baseUrl;

    public ArchiveController(
            Issues issues,
            LiveBlocks blocks,
            Markdown markdown,
            MessageSource messages,
            Languages languages,
            CartaProperties props) {
        this.issues = issues;
        this.blocks = blocks;
        this.markdown = markdown;
        this.messages = messages;
        this.languages = languages;
        this.baseUrl = props.baseUrl().replaceAll("/$", "");
    }

    @GetMapping("/{lang}/newsletter/issues/{id}")
    public String issue(@PathVariable String lang, @PathVariable long id, Model model) {
        IssueView i = issues.sentIssue(id);
        model.addAttribute("issue", i);
        model.addAttribute("body", markdown.toHtml(i.data().body().in(lang).text()));
        model.addAttribute("bodyText", i.data().body().in(lang));
        model.addAttribute("blocks", blocks.thaw(issues.frozenBlocks(id)));
        return "newsletter/issue";
    }

    @GetMapping("/{lang}/newsletter.atom")
    @ResponseBody
    public ResponseEntity<String> atom(@PathVariable String lang) throws IOException {
        if (!languages.supports(lang)) {
            throw new NotFoundException();
        }
        Locale locale = Locale.forLanguageTag(lang);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(messages.getMessage("newsletter.title", null, locale) + " · Carta");
        feed.setLink(baseUrl + "/" + lang + "/newsletter");
        feed.setUri(baseUrl + "/" + lang + "/newsletter");
        feed.setLanguage(lang);
        List<IssueView> sent = issues.sent(new Paging(1, 50)).items();
        feed.setPublishedDate(
                sent.isEmpty() ? new Date(0) : Date.from(sent.get(0).sentAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (IssueView i : sent) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(i.data().subject().in(lang).text());
            entry.setLink(baseUrl + "/" + lang + i.path());
            entry.setUri(baseUrl + "/" + lang + i.path());
            entry.setPublishedDate(Date.from(i.sentAt()));
            entry.setUpdatedDate(Date.from(i.sentAt()));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            String text = Markdown.plainText(i.data().body().in(lang).text()).strip();
            summary.setValue(text.length() > 400 ? text.substring(0, 400) + "…" : text);
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
}
