package org.uclg.carta.monitoring.reporting;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.stereotype.Component;

/** Turns a JTE template written as XHTML into a PDF with openhtmltopdf. */
@Component
public class PdfReports {

    /** A font with every Latin, Greek and Cyrillic letter, when the system has it; the PDF base fonts otherwise. */
    private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private static final File BOLD = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    /** openhtmltopdf logs every step at INFO through java.util.logging: only its warnings are kept. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("com.openhtmltopdf");

    static {
        QUIET.setLevel(java.util.logging.Level.WARNING);
    }

    private final TemplateEngine templates;
    private final String css;

    public PdfReports(TemplateEngine templates) throws IOException {
        this.templates = templates;
        this.css = new org.springframework.core.io.ClassPathResource("monitoring/pdf.css")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Renders the template (which receives the print style sheet as "css") to PDF. */
    public byte[] render(String template, Map<String, Object> params) {
        StringOutput html = new StringOutput();
        Map<String, Object> all = new java.util.HashMap<>(params);
        all.put("css", css);
        templates.render(template, all, html);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (FONT.canRead()) {
                builder.useFont(FONT, "Carta Sans");
                if (BOLD.canRead()) {
                    builder.useFont(BOLD, "Carta Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
                }
            }
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
