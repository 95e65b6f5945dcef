package org.uclg.carta.library;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
class ResourceQueries implements TaggedItemSource, LocalGovernmentSection {

    static final int PAGE_SIZE = 20;

    private final Resources resources;

    ResourceQueries(Resources resources) {
        this.resources = resources;
    }

    Page<ResourceView> published(ResourceType type, int page) {
        return resources.published(type, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE)).map(ResourceView::of);
    }

    List<ResourceView> inReview() {
        return resources.inState(PublicationState.SUBMITTED).stream().map(ResourceView::of).toList();
    }

    List<ResourceView> ownedBy(Collection<Long> localGovernmentIds) {
        return localGovernmentIds.isEmpty() ? List.of()
                : resources.ownedBy(localGovernmentIds).stream().map(ResourceView::of).toList();
    }

    @Override
    public String itemType() {
        return ResourceService.ITEM_TYPE;
    }

    @Override
    public List<TaggedItem> publicItems(Collection<Long> ids) {
        return resources.findAllById(ids).stream().map(ResourceView::of).filter(ResourceView::published)
                .map(r -> new TaggedItem("library.kind.resources", r.title(), r.path())).toList();
    }

    @Override
    public String titleKey() {
        return "library.kind.resources";
    }

    @Override
    public List<Item> publicItems(long localGovernmentId) {
        return resources.publishedFor(localGovernmentId).stream().map(ResourceView::of)
                .map(r -> new Item(r.title(), r.path())).toList();
    }

}
