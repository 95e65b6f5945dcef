package org.uclg.carta.newsletter.issue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
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
        List<org.uclg.carta.kit.web.AtomFeed.Entry> entries = new ArrayList<>();
        for (IssueView i : issues.sent(new Paging(1, 50)).items()) {
            String text = Markdown.plainText(i.data().body().in(lang).text()).strip();
            entries.add(new org.uclg.carta.kit.web.AtomFeed.Entry(
                    i.data().subject().in(lang).text(),
                    baseUrl + "/" + lang + i.path(),
                    i.sentAt(),
                    text.length() > 400 ? text.substring(0, 400) + "…" : text));
        }
        return org.uclg.carta.kit.web.AtomFeed.of(
                messages.getMessage("newsletter.title", null, locale),
                baseUrl + "/" + lang + "/newsletter",
                lang,
                entries);
    }
}
