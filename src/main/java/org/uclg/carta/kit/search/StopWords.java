package org.uclg.carta.kit.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The words some working language's analyzer drops ("de", "la", "the"…), taken out of a query
 * before it is run. Each word of a query must be found in one of the searched fields, and a stop
 * word that a document's own language drops was still required from the other languages' fields:
 * "acceso a la vivienda" found nothing in a Spanish-only document. Phrases in quotes keep all
 * their words, since each field's analyzer then keeps their positions.
 */
public final class StopWords {

    private static final Set<String> WORDS = load();
    private static final Pattern WORD = Pattern.compile("(?<![^\\s+(])[\\p{L}']+(?![^\\s+)])");

    private StopWords() {}

    /**
     * The query without its stop words outside quotes; unchanged when it has nothing else (the
     * reader asked for those words) or uses the OR operator, where a missing word cannot exclude.
     */
    public static String dropped(String query) {
        if (query == null) {
            return null;
        }
        String[] parts = query.split("\"", -1); // odd parts are inside quotes
        StringBuilder out = new StringBuilder();
        boolean kept = false;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('"');
            }
            if (i % 2 == 1) {
                out.append(parts[i]);
                kept |= !parts[i].isBlank();
                continue;
            }
            if (parts[i].contains("|")) {
                return query;
            }
            Matcher word = WORD.matcher(parts[i]);
            StringBuilder rest = new StringBuilder();
            while (word.find()) {
                word.appendReplacement(rest, isStopWord(word.group()) ? "" : Matcher.quoteReplacement(word.group()));
            }
            word.appendTail(rest);
            kept |= !rest.toString().isBlank();
            out.append(rest);
        }
        return kept ? out.toString().replaceAll("\\s+", " ").strip() : query;
    }

    /** Whether the word is dropped by the analyzer of French, English or Spanish, on either backend. */
    public static boolean isStopWord(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String lang : new String[] {"french", "english", "spanish"}) {
            String path = "/org/apache/lucene/analysis/snowball/" + lang + "_stop.txt";
            try (InputStream in = StopWords.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + path);
                }
                WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .forEach(w -> words.add(new String((char[]) w)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // OpenSearch's "_english_" list is Lucene's short one, not Snowball's.
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        return Set.copyOf(words);
    }
}
