package org.uclg.carta.library.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Text of a document: page by page for PDFs (PDFBox), as one page for office documents (Apache
 * Tika, which also guards against zip bombs), with its language (Optimaize); and, for PDFs, a
 * small picture of the first page when asked.
 */
@Component
public class DocumentExtractor {

    public static final int MAX_PAGES = 5_000;
    public static final int MAX_CHARS = 20_000_000;

    private final LanguageDetector detector;

    /**
     * The languages told apart: the three working languages and those they are most often
     * mistaken for or that partners' documents come in. The language only picks the analyser of
     * the text (French, English, Spanish, or all three for any other), and comparing against a
     * dozen profiles instead of seventy makes detection several times cheaper.
     */
    public static final java.util.Set<String> LANGUAGES =
            java.util.Set.of("fr", "en", "es", "pt", "it", "ca", "de", "nl", "ar", "ru", "zh-CN", "ja", "ko");

    public DocumentExtractor() throws IOException {
        // Optimaize itself rather than Tika's OptimaizeLangDetector, whose class loads all seventy
        // profiles into static fields whichever ones are asked for: 112 MB of heap held for good.
        // Texts under 30 characters get the short-text algorithm, as Tika sets it.
        this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .shortTextAlgorithm(30)
                .withProfiles(new LanguageProfileReader()
                        .readBuiltIn(
                                LANGUAGES.stream().map(LdLocale::fromString).toList()))
                .build();
    }

    public Extraction extract(Path file, String contentType) {
        try {
            List<String> pages;
            if (contentType.equals("application/pdf")) {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    pages = pdfPages(pdf);
                }
            } else if (FileTypes.IMAGES.contains(contentType)) {
                pages = List.of();
            } else {
                pages = List.of(tikaText(file));
            }
            return new Extraction(pages, language(pages), null);
        } catch (InvalidPasswordException | EncryptedDocumentException e) {
            return Extraction.failed("file.encrypted");
        } catch (IOException | TikaException | SAXException | RuntimeException e) {
            return Extraction.failed("file.unreadable");
        }
    }

    private static List<String> pdfPages(PDDocument pdf) throws IOException, EncryptedDocumentException {
        if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
            throw new EncryptedDocumentException("Text extraction not allowed");
        }
        return new PageStripper().pages(pdf);
    }

    /** Reads a PDF once, cutting its text at each page end. */
    private static final class PageStripper extends PDFTextStripper {
        private final List<String> pages = new ArrayList<>();
        private final java.io.StringWriter out = new java.io.StringWriter();
        private int mark;

        List<String> pages(PDDocument pdf) throws IOException {
            setEndPage(MAX_PAGES);
            // As Apache Tika does by default: looking for text drawn twice at the same place (a
            // rare way of faking bold) costs a third of the reading time.
            setSuppressDuplicateOverlappingText(false);
            writeText(pdf, out);
            return pages;
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            super.endPage(page);
            StringBuffer text = out.getBuffer();
            pages.add(storable(text.substring(mark)).strip());
            mark = text.length();
        }
    }

    /**
     * A small picture of a PDF's first page, made when a page first shows it rather than at
     * extraction, so that ingesting documents does not wait for rendering; null when it cannot.
     */
    public static final float THUMB_WIDTH = 200;

    public static final float THUMB_HEIGHT = 300;

    public byte[] thumbnail(InputStream pdfBytes) {
        try (PDDocument pdf = Loader.loadPDF(new org.apache.pdfbox.io.RandomAccessReadBuffer(pdfBytes))) {
            if (pdf.getNumberOfPages() == 0) {
                return null;
            }
            // Scaled to fit 200 x 300 pixels whatever the page claims to measure (a 24,000-point
            // page at a fixed resolution is gigabytes).
            var box = pdf.getPage(0).getCropBox();
            float scale =
                    Math.min(THUMB_WIDTH / Math.max(box.getWidth(), 1f), THUMB_HEIGHT / Math.max(box.getHeight(), 1f));
            BufferedImage image = new PDFRenderer(pdf).renderImage(0, Math.min(scale, 1f));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String tikaText(Path file) throws IOException, TikaException, SAXException {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try (InputStream in = Files.newInputStream(file)) {
            new AutoDetectParser().parse(in, handler, new Metadata(), new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
        }
        return storable(handler.toString()).strip();
    }

    /**
     * The text without what PostgreSQL refuses in a text column (NUL) or cannot encode (a lone
     * surrogate), nor other control characters, which only clutter passages; tabs and line ends stay.
     */
    public static String storable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean refused = (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || c == 0x7f
                    || (Character.isSurrogate(c) && !pair);
            if (refused && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && !refused) {
                out.append(c);
                if (pair) {
                    out.append(text.charAt(++i));
                }
            } else if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private String language(List<String> pages) {
        StringBuilder sample = new StringBuilder();
        for (String page : pages) {
            if (sample.length() > 2_000) { // plenty to tell a language; detection time grows with it
                break;
            }
            sample.append(page).append('\n');
        }
        if (sample.toString().isBlank()) {
            return null;
        }
        List<DetectedLanguage> found = detector.getProbabilities(sample);
        return found.isEmpty() || found.get(0).getProbability() <= 0.5
                ? null
                : found.get(0).getLocale().toString();
    }

    /** What extraction found; {@code failure} is a message key when it could not read the file. */
    public record Extraction(List<String> pages, String language, String failure) {
        static Extraction failed(String messageKey) {
            return new Extraction(List.of(), null, messageKey);
        }

        long length() {
            return pages.stream().mapToLong(String::length).sum();
        }
    }
}
