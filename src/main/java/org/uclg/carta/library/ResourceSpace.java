package org.uclg.carta.library;

import java.util.List;

import org.springframework.stereotype.Service;

/** What other modules may ask the Resource Space: a short search for the site-wide search box. */
@Service
public class ResourceSpace {

    private final ResourceSearch search;
    private final FacetLabels labels;

    ResourceSpace(ResourceSearch search, FacetLabels labels) {
        this.search = search;
        this.labels = labels;
    }

    /** The best published resources for the words, with their total. */
    public SearchResults quickSearch(String q, String lang, int limit) {
        ResourceQuery query = new ResourceQuery(q, null, null, null, null, null, null, null, null, null, null, 1,
                limit);
        return labels.label(search.search(query, lang), query, lang);
    }
}
