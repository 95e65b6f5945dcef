package org.uclg.carta.advocacy.front;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.uclg.carta.advocacy.initiative.InitiativeState;
import org.uclg.carta.advocacy.initiative.Initiatives;
import org.uclg.carta.kit.web.Paging;
import org.uclg.carta.kit.web.SitemapSource;
import org.uclg.carta.network.LocalGovernmentSection;
import org.uclg.carta.taxonomy.TaggedItem;
import org.uclg.carta.taxonomy.TaggedItemSource;

/** Public initiatives on the article pages, on their member local governments' pages, and in the sitemap. */
@Component
class InitiativeListings implements TaggedItemSource, LocalGovernmentSection, SitemapSource {

    private final Initiatives initiatives;

    InitiativeListings(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public String kindKey() {
        return "initiatives.kind";
    }

    @Override
    public List<TaggedItem> publicItemsTaggedWith(long articleId) {
        return initiatives.publicTaggedWith(articleId).stream()
                .map(initiatives::published)
                .flatMap(Optional::stream)
                .map(i -> new TaggedItem("initiatives.kind", i.data().title(), i.path()))
                .toList();
    }

    @Override
    public String titleKey() {
        return "initiatives.section";
    }

    @Override
    public List<Item> publicItems(long localGovernmentId) {
        return initiatives.ofMembers(List.of(localGovernmentId)).stream()
                .filter(i -> i.state().isPublic())
                .map(i -> new Item(i.data().title(), i.path()))
                .toList();
    }

    @Override
    public List<String> publicPaths() {
        List<String> paths = new ArrayList<>(List.of("/initiatives"));
        initiatives
                .list(List.of(InitiativeState.ACTIVE, InitiativeState.CLOSED), new Paging(1, 1_000))
                .forEach(i -> paths.add(i.path()));
        return paths;
    }
}
