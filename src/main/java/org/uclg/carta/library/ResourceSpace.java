package org.uclg.carta.library;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.library.resource.Resources;
import org.uclg.carta.library.search.FacetLabels;
import org.uclg.carta.library.search.ResourceQuery;
import org.uclg.carta.library.search.ResourceSearch;
import org.uclg.carta.library.search.SearchResults;

/** What other modules may ask the Resource Space: a short search for the site-wide search box, a title. */
@Service
public class ResourceSpace {

    private final ResourceSearch search;
    private final FacetLabels labels;
    private final Resources resources;

    ResourceSpace(ResourceSearch search, FacetLabels labels, Resources resources) {
        this.search = search;
        this.labels = labels;
        this.resources = resources;
    }

    /** The title of a published resource, for other modules that link to it (evidence of a report). */
    @Transactional(readOnly = true)
    public Optional<TranslatableText> publishedTitle(long id) {
        return resources.findById(id).filter(r -> r.publication().isPublished()).map(r -> r.data()
                .title());
    }

    /** The best published resources for the words, with their total. */
    public SearchResults quickSearch(String q, String lang, int limit) {
        ResourceQuery query =
                new ResourceQuery(q, null, null, null, null, null, null, null, null, null, null, 1, limit);
        return labels.label(search.search(query, lang), query, lang);
    }
}
