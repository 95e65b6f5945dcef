package org.uclg.carta.network;

import java.util.List;

import org.springframework.stereotype.Component;

import org.uclg.carta.taxonomy.TaggedItem;
import org.uclg.carta.taxonomy.TaggedItemSource;
import org.uclg.carta.taxonomy.Tags;

/** Lists local governments on the pages of the articles they are tagged with. */
@Component
class LocalGovernmentTags implements TaggedItemSource {

    private final Directory directory;
    private final Tags tags;

    LocalGovernmentTags(Directory directory, Tags tags) {
        this.directory = directory;
        this.tags = tags;
    }

    @Override
    public String kindKey() {
        return "network.kind.localGovernment";
    }

    @Override
    public List<TaggedItem> publicItemsTaggedWith(long articleId) {
        return directory.findAll(tags.itemsTaggedWith(NetworkAdmin.ITEM_TYPE, articleId)).stream()
                .map(lg -> new TaggedItem(kindKey(), lg.name(), lg.path()))
                .toList();
    }
}
