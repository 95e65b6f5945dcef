package org.uclg.carta.advocacy.front;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import org.uclg.carta.advocacy.campaign.CampaignService;
import org.uclg.carta.advocacy.campaign.CampaignUpdate;
import org.uclg.carta.advocacy.campaign.CampaignView;
import org.uclg.carta.advocacy.endorsement.EndorsementView;
import org.uclg.carta.advocacy.endorsement.Endorsements;
import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.csv.TableWriter;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.kit.web.AtomFeed;
import org.uclg.carta.kit.web.Languages;
import org.uclg.carta.kit.web.NotFoundException;
import org.uclg.carta.kit.web.Paging;
import org.uclg.carta.network.Directory;
import org.uclg.carta.network.LocalGovernmentView;

/** What other sites and tools take from a campaign: the SVG counter badge, the CSV of endorsements, the Atom feed of updates. */
@Controller
public class CampaignFiles {

    private final CampaignService campaigns;
    private final Endorsements endorsements;
    private final Tally tally;
    private final Directory directory;
    private final Languages languages;
    private final MessageSource messages;
    private final String baseUrl;

    public CampaignFiles(
            CampaignService campaigns,
            Endorsements endorsements,
            Tally tally,
            Directory directory,
            Languages languages,
            MessageSource messages,
            CartaProperties props) {
        this.campaigns = campaigns;
        this.endorsements = endorsements;
        this.tally = tally;
        this.directory = directory;
        this.languages = languages;
        this.messages = messages;
        this.baseUrl = props.baseUrl().replaceAll("/$", "");
    }

    /** A counter to embed as an image elsewhere: no script, no fonts to fetch, cached five minutes. */
    @GetMapping("/{lang}/campaigns/{id}/badge.svg")
    @ResponseBody
    public ResponseEntity<String> badge(@PathVariable String lang, @PathVariable long id) {
        CampaignView c = campaigns.published(id).orElseThrow(NotFoundException::new);
        Tally.Counts n = tally.of(c);
        Locale locale = Locale.forLanguageTag(lang);
        java.text.NumberFormat f = java.text.NumberFormat.getIntegerInstance(locale);
        String left = messages.getMessage("campaigns.badge.label", null, locale);
        String right = messages.getMessage(
                "campaigns.badge.counts", new Object[] {f.format(n.localGovernments()), f.format(n.people())}, locale);
        int lw = 12 + left.length() * 7;
        int rw = 12 + right.length() * 7;
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (lw + rw) + "\" height=\"24\" role=\"img\""
                + " aria-label=\"" + esc(left + ": " + right) + "\"><title>"
                + esc(c.data().title().in(lang).text())
                + "</title><rect width=\"" + lw + "\" height=\"24\" fill=\"#0b4f7c\"/><rect x=\"" + lw
                + "\" width=\"" + rw + "\" height=\"24\" fill=\"#1d6b2f\"/>"
                + "<g fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"12\">"
                + "<text x=\"6\" y=\"16\">" + esc(left) + "</text><text x=\"" + (lw + 6) + "\" y=\"16\">" + esc(right)
                + "</text></g></svg>";
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .cacheControl(
                        CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .body(svg);
    }

    /** The public endorsements: verified ones only, in the order they were verified. */
    @GetMapping("/{lang}/campaigns/{id}/endorsements.csv")
    public void csv(@PathVariable String lang, @PathVariable long id, HttpServletResponse response) throws IOException {
        CampaignView c = campaigns.published(id).orElseThrow(NotFoundException::new);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"campaign-" + id + "-endorsements.csv\"");
        try (OutputStream out = response.getOutputStream();
                TableWriter table = TableWriter.csv(out)) {
            table.row(List.of(
                    "local_government_id",
                    "local_government",
                    "country",
                    "region",
                    "signatory",
                    "signatory_title",
                    "council_decision",
                    "decision_date",
                    "statement_version",
                    "verified_at",
                    "url"));
            int page = 1;
            while (true) {
                List<EndorsementView> rows = endorsements.verified(c.id(), new Paging(page, 500));
                Map<Long, LocalGovernmentView> lgs = new java.util.HashMap<>();
                directory
                        .findAll(rows.stream()
                                .map(EndorsementView::localGovernmentId)
                                .toList())
                        .forEach(lg -> lgs.put(lg.id(), lg));
                for (EndorsementView e : rows) {
                    LocalGovernmentView lg = lgs.get(e.localGovernmentId());
                    table.row(List.of(
                            e.localGovernmentId(),
                            lg == null ? "" : lg.name().in(lang).text(),
                            e.country() == null ? "" : e.country(),
                            e.region() == null ? "" : e.region(),
                            e.signatoryName(),
                            e.signatoryTitle(),
                            e.decisionReference() == null ? "" : e.decisionReference(),
                            e.decisionDate() == null ? "" : e.decisionDate().toString(),
                            e.statementVersion(),
                            e.verifiedAt().toString(),
                            lg == null ? "" : baseUrl + "/" + lang + lg.path()));
                }
                if (rows.size() < 500 || page * 500 >= Paging.MAX_WINDOW) {
                    break;
                }
                page++;
            }
        }
    }

    @GetMapping("/{lang}/campaigns/updates.atom")
    @ResponseBody
    public ResponseEntity<String> atom(@PathVariable String lang) throws IOException {
        if (!languages.supports(lang)) {
            throw new NotFoundException();
        }
        Locale locale = Locale.forLanguageTag(lang);
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (CampaignUpdate u : campaigns.latestUpdates(50)) {
            entries.add(new AtomFeed.Entry(
                    u.title().in(lang).text(),
                    baseUrl + "/" + lang + "/campaigns/" + u.campaignId() + "#update-" + u.id(),
                    u.postedOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                    Markdown.plainText(u.body().in(lang).text()).strip()));
        }
        return AtomFeed.of(
                messages.getMessage("campaigns.feed.title", null, locale),
                baseUrl + "/" + lang + "/campaigns",
                lang,
                entries);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
