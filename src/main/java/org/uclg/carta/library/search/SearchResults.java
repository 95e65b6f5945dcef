package org.uclg.carta.library.search;

import java.util.List;
import java.util.Map;

import org.uclg.carta.library.resource.ResourceCard;

/** One page of search results with the facet counts of the whole result set. */
public record SearchResults(List<Hit> hits, long total, int page, int size, Map<String, List<Facet>> facets) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /**
     * A result with its matched passages (HTML-escaped text with {@code <mark>} around matches).
     */
    public record Hit(ResourceCard resource, List<String> highlights, PageMatch page) {}

    /**
     * A passage as the results page shows it: an ellipsis marks where the text was cut, none after
     * a passage that ends a sentence.
     */
    public static String snippet(String passage) {
        boolean endsSentence =
                passage.endsWith(".") || passage.endsWith("!") || passage.endsWith("?") || passage.endsWith("…");
        return "…" + passage + (endsSentence ? "" : "…");
    }

    /**
     * The page of one of the resource's documents where the words are, with its passage.
     *
     * @param path the document's address after the language prefix, to open at {@code #page=N}
     */
    public record PageMatch(String path, int page, String passage) {}

    /** One value of a facet: its code, its label in the reader's language, and how many results have it. */
    public record Facet(String value, String label, long count) {}
}
