package org.uclg.carta.library.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.uclg.carta.kit.web.Languages;

/**
 * What the search page searches and filters on, in index field names: the one definition that
 * {@link ResourceSearch} (Hibernate Search, also on OpenSearch) and {@link LuceneResourceSearch}
 * (the native Lucene path) both build their queries from.
 */
@Component
public class SearchFields {

    /** Each filter of the search page (a {@link ResourceQuery} parameter) and the field it matches. */
    public static final Map<String, String> FILTERS = Map.of(
            "type",
            "type",
            "framework",
            "tags.frameworkCode",
            "article",
            "tags.articleId",
            "region",
            "regionCode",
            "country",
            "country",
            "localGovernment",
            "localGovernmentIds",
            "year",
            "year",
            "language",
            "languages",
            "fileType",
            "files.fileType");

    private final List<String> languages;
    private final Map<String, Float> weights;

    public SearchFields(Languages languages) {
        this.languages = languages.codes();
        Map<String, Float> w = new LinkedHashMap<>();
        w.put("authors", 1f);
        w.put("themes_text", 1f);
        w.put("terms", 0.7f);
        for (String lang : this.languages) {
            w.put("title_" + lang, 4f);
            // The passages hold the summary, body and sections, so the summary is searched there.
            w.put("passages_" + lang, 1f);
            w.put("files.text_" + lang, 0.5f);
        }
        this.weights = java.util.Collections.unmodifiableMap(w);
    }

    /** The full-text fields the reader's words are looked for in, with their weights, in order. */
    public Map<String, Float> textWeights() {
        return weights;
    }

    /** The index field a filter matches. */
    public static String filter(String name) {
        return FILTERS.get(name);
    }

    /** The title field of every language, for suggestions while typing. */
    public List<String> titles() {
        return languages.stream().map(l -> "title_" + l).toList();
    }

    /** The working languages, the reader's first: the order passages are taken in. */
    public List<String> languagesFirst(String lang) {
        List<String> langs = new ArrayList<>(languages);
        langs.sort(Comparator.comparing(l -> !l.equals(lang)));
        return langs;
    }

    /** A document page's text fields, the reader's language first. */
    public List<String> pageText(String lang) {
        return languagesFirst(lang).stream().map(l -> "text_" + l).toList();
    }

    /** The highlighted passage fields, the reader's language first. */
    public List<String> passages(String lang) {
        return languagesFirst(lang).stream().map(l -> "passages_" + l).toList();
    }
}
