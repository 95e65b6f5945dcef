package org.uclg.carta.network;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.uclg.carta.taxonomy.TaggedItem;
import org.uclg.carta.taxonomy.TaggedItemSource;

/** Lists local governments on the pages of the articles they are tagged with. */
@Component
class LocalGovernmentTags implements TaggedItemSource {

    private final Directory directory;

    LocalGovernmentTags(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String itemType() {
        return NetworkAdmin.ITEM_TYPE;
    }

    @Override
    public List<TaggedItem> publicItems(Collection<Long> ids) {
        return directory.findAll(ids).stream()
                .map(lg -> new TaggedItem("network.kind.localGovernment", lg.name(), lg.path())).toList();
    }
}
