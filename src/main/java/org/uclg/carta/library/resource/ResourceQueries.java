package org.uclg.carta.library.resource;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.uclg.carta.kit.content.PublicationState;
import org.uclg.carta.network.LocalGovernmentSection;
import org.uclg.carta.taxonomy.TaggedItem;
import org.uclg.carta.taxonomy.TaggedItemSource;

/**
 * Lists of resources, and the Resource Space's contributions to article pages and local
 * government pages (published resources only).
 */
@Component
@Transactional(readOnly = true)
public class ResourceQueries implements TaggedItemSource, LocalGovernmentSection, org.uclg.carta.kit.web.SitemapSource {

    private final Resources resources;

    public ResourceQueries(Resources resources) {
        this.resources = resources;
    }

    public List<ResourceView> inReview() {
        return resources.inState(PublicationState.SUBMITTED).stream()
                .map(ResourceView::of)
                .toList();
    }

    public List<ResourceView> ownedBy(Collection<Long> localGovernmentIds) {
        return localGovernmentIds.isEmpty()
                ? List.of()
                : resources.ownedBy(localGovernmentIds).stream()
                        .map(ResourceView::of)
                        .toList();
    }

    @Override
    public List<String> publicPaths() {
        return resources.publishedIds().stream().map(id -> "/resources/" + id).toList();
    }

    @Override
    public String kindKey() {
        return "library.kind.resources";
    }

    @Override
    public List<TaggedItem> publicItemsTaggedWith(long articleId) {
        return resources.publishedTaggedWith(articleId).stream()
                .map(ResourceView::of)
                .map(r -> new TaggedItem(kindKey(), r.title(), r.path()))
                .toList();
    }

    @Override
    public String titleKey() {
        return "library.kind.resources";
    }

    @Override
    public List<Item> publicItems(long localGovernmentId) {
        return resources.publishedFor(localGovernmentId).stream()
                .map(ResourceView::of)
                .map(r -> new Item(r.title(), r.path()))
                .toList();
    }
}
