package org.uclg.carta.taxonomy;

import java.util.List;

/**
 * Implemented by each module whose items can be tagged: lists, for an article's page, the items
 * tagged with it that the public may see. A module keeps its tags where it likes: in the shared
 * table through {@link Tags}, or with its items when its search index needs them.
 */
public interface TaggedItemSource {

    /** Message key naming this kind of item on the article page ("Local governments"). */
    String kindKey();

    List<TaggedItem> publicItemsTaggedWith(long articleId);
}
