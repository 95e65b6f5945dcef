package org.uclg.carta.taxonomy;

import java.util.Collection;
import java.util.List;

/**
 * Implemented by each module whose items can be tagged: turns tagged ids into what an article's
 * page lists, leaving out whatever the public may not see.
 */
public interface TaggedItemSource {

    String itemType();

    List<TaggedItem> publicItems(Collection<Long> ids);
}
