package org.uclg.carta.newsletter.issue;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import org.uclg.carta.kit.CartaProperties;
import org.uclg.carta.kit.i18n.Markdown;
import org.uclg.carta.kit.i18n.TranslatableText;

/**
 * Writes an issue in one language, as plain text and as HTML: the editor's text (Markdown), the
 * live blocks, and a footer with the preference and unsubscribe links. A text missing in that
 * language falls back to another, and the letter says so.
 */
@Component
public class Letterpress {

    private final Markdown markdown;
    private final MessageSource messages;
    private final String baseUrl;

    Letterpress(Markdown markdown, MessageSource messages, CartaProperties props) {
        this.markdown = markdown;
        this.messages = messages;
        this.baseUrl = props.baseUrl().replaceAll("/$", "");
    }

    /** The written issue; fallback is the language shown when the reader's is missing, or null. */
    public record Letter(String subject, String text, String html, String fallback) {}

    /**
     * @param preferences the reader's preference link, or null in the public archive
     * @param unsubscribe the reader's unsubscribe link, or null
     */
    public Letter write(IssueData d, Blocks blocks, String lang, String preferences, String unsubscribe) {
        Locale locale = Locale.forLanguageTag(lang);
        TranslatableText.Localized subject = d.subject().in(lang);
        TranslatableText.Localized body = d.body().in(lang);
        String fallback = subject.fallback() ? subject.lang() : body.fallback() ? body.lang() : null;
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"")
                .append(lang)
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(subject.text()))
                .append(
                        "</title></head><body style=\"font-family:sans-serif;max-width:40em;margin:auto;line-height:1.5\">");
        if (fallback != null) {
            String note = t("newsletter.letter.fallback", locale, t("language." + fallback, locale));
            text.append(note).append("\n\n");
            html.append("<p><em>").append(esc(note)).append("</em></p>");
        }
        html.append("<h1>").append(esc(subject.text())).append("</h1>");
        text.append(subject.text())
                .append("\n\n")
                .append(Markdown.plainText(body.text()).strip())
                .append("\n");
        html.append("<div lang=\"")
                .append(body.lang())
                .append("\">")
                .append(markdown.toHtml(body.text()))
                .append("</div>");
        block(text, html, t("newsletter.block.resources", locale), blocks.resources(), lang, locale);
        block(text, html, t("newsletter.block.events", locale), blocks.events(), lang, locale);
        text.append("\n--\n").append(t("newsletter.letter.footer", locale)).append('\n');
        html.append("<hr><p>")
                .append(esc(t("newsletter.letter.footer", locale)))
                .append("</p>");
        if (preferences != null) {
            text.append(t("newsletter.letter.preferences", locale))
                    .append(": ")
                    .append(preferences)
                    .append('\n');
            html.append("<p><a href=\"")
                    .append(esc(preferences))
                    .append("\">")
                    .append(esc(t("newsletter.letter.preferences", locale)))
                    .append("</a>");
        }
        if (unsubscribe != null) {
            text.append(t("newsletter.letter.unsubscribe", locale))
                    .append(": ")
                    .append(unsubscribe)
                    .append('\n');
            html.append(" · <a href=\"")
                    .append(esc(unsubscribe))
                    .append("\">")
                    .append(esc(t("newsletter.letter.unsubscribe", locale)))
                    .append("</a></p>");
        } else if (preferences != null) {
            html.append("</p>");
        }
        html.append("</body></html>");
        return new Letter(subject.text(), text.toString(), html.toString(), fallback);
    }

    private void block(
            StringBuilder text,
            StringBuilder html,
            String title,
            java.util.List<Blocks.Item> items,
            String lang,
            Locale locale) {
        if (items.isEmpty()) {
            return;
        }
        text.append('\n').append(title).append("\n\n");
        html.append("<h2>").append(esc(title)).append("</h2><ul>");
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(ZoneOffset.UTC);
        for (Blocks.Item i : items) {
            String name = i.title().in(lang).text();
            String url = baseUrl + "/" + lang + i.path();
            String when = i.when() == null ? "" : day.format(i.when()) + " · ";
            text.append("- ")
                    .append(when)
                    .append(name)
                    .append("\n  ")
                    .append(url)
                    .append('\n');
            html.append("<li>")
                    .append(esc(when))
                    .append("<a href=\"")
                    .append(esc(url))
                    .append("\">")
                    .append(esc(name))
                    .append("</a></li>");
        }
        html.append("</ul>");
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }
}
