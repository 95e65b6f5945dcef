package org.uclg.carta.library;

import java.util.Optional;
import java.util.Set;

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

    /** A published resource as followers hear of it: who it concerns and what it is tagged with. */
    public record Published(
            long id, TranslatableText title, String path, Set<Long> articleIds, Set<Long> localGovernmentIds) {}

    @Transactional(readOnly = true)
    public Optional<Published> published(long id) {
        return resources
                .findById(id)
                .filter(r -> r.publication().isPublished())
                .map(r -> new Published(
                        id,
                        r.data().title(),
                        "/resources/" + id,
                        Set.copyOf(r.articleIds()),
                        Set.copyOf(r.localGovernmentIds())));
    }

    /** A published resource as a newsletter or the home page lists it. */
    public record Latest(
            long id, TranslatableText title, TranslatableText summary, String path, java.time.Instant publishedAt) {}

    /** The most recently published resources, newest first. */
    @Transactional(readOnly = true)
    public java.util.List<Latest> latest(int limit) {
        return resources
                .latestPublished(org.springframework.data.domain.PageRequest.of(0, Math.max(1, Math.min(limit, 50))))
                .stream()
                .map(r -> new Latest(
                        r.id(),
                        r.data().title(),
                        r.data().summary(),
                        "/resources/" + r.id(),
                        r.publication().reviewedAt()))
                .toList();
    }

    /** A resource submitted for review, oldest first, for the editors' list of what waits for them. */
    public record Submitted(long id, TranslatableText title, String path) {}

    @Transactional(readOnly = true)
    public java.util.List<Submitted> submittedForReview() {
        return resources.inState(org.uclg.carta.kit.content.PublicationState.SUBMITTED).stream()
                .limit(50)
                .map(r -> new Submitted(r.id(), r.data().title(), "/resources/" + r.id()))
                .toList();
    }

    /** The best published resources for the words, with their total. */
    public SearchResults quickSearch(String q, String lang, int limit) {
        ResourceQuery query =
                new ResourceQuery(q, null, null, null, null, null, null, null, null, null, null, 1, limit);
        return labels.label(search.search(query, lang), query, lang);
    }
}
