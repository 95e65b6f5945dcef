package org.uclg.carta.kit.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.uclg.carta.kit.web.BadRequestException;

/**
 * The words of a full-text search, bounded for both search backends: a query costs in proportion
 * to its words times the fields searched, and a fuzzy ({@code word~}) or prefix ({@code wo*}) term
 * expands over the whole dictionary, so only a few such terms keep their operator.
 */
public final class QueryText {

    public static final int MAX_WORDS = 24;
    public static final int MAX_CHARS = 300;
    static final int MAX_EXPANDING = 3;
    private static final Pattern EXPANDING = Pattern.compile("(\\S*?)(\\*+|~\\d*)(?=\\s|$|[)|+])");

    private QueryText() {}

    /** The query to run, or null for none; too long a query is refused with a message key. */
    public static String bounded(String q) {
        if (q == null) {
            return null;
        }
        String text = q.replaceAll("\\p{Cntrl}", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_CHARS || text.split("\\s+").length > MAX_WORDS) {
            throw new BadRequestException("search.tooLong");
        }
        Matcher m = EXPANDING.matcher(text);
        StringBuilder out = new StringBuilder();
        int kept = 0;
        while (m.find()) {
            String word = m.group(1);
            boolean fuzzy = m.group(2).startsWith("~");
            boolean keep;
            if (word.endsWith("\"")) {
                keep = fuzzy; // a phrase with slop costs what the phrase costs
            } else {
                // A prefix of one or two letters matches most of the dictionary.
                keep = kept < MAX_EXPANDING && (fuzzy || letters(word) >= 3);
                kept += keep ? 1 : 0;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(keep ? m.group() : word));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int letters(String word) {
        return (int) word.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
