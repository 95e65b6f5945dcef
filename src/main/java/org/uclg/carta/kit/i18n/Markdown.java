package org.uclg.carta.kit.i18n;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.stereotype.Component;

/**
 * Markdown to HTML for content written by editors and members. Raw HTML in the source is
 * escaped and link targets are sanitised, so the output is safe to embed. Also to plain text,
 * for search.
 */
@Component
public class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
            .build();
    // commonmark's default list also lets data: through, which can carry a whole page. A line
    // break typed in a text area stays one (as in comments on GitHub), not a space.
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .softbreak("<br>\n")
            .build();

    public String toHtml(String markdown) {
        return markdown == null ? "" : renderer.render(PARSER.parse(markdown));
    }

    /** The words of a Markdown text without its markup, for search indexes and their passages. */
    public static String plainText(String markdown) {
        return markdown == null ? "" : TEXT.render(PARSER.parse(markdown));
    }
}
