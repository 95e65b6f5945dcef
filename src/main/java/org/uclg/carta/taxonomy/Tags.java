package org.uclg.carta.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tagging any item of any module with articles, and listing what is tagged with an article. */
@Service
@Transactional(readOnly = true)
public class Tags {

    private final TagRows rows;
    private final Taxonomy taxonomy;

    Tags(TagRows rows, Taxonomy taxonomy) {
        this.rows = rows;
        this.taxonomy = taxonomy;
    }

    /** Replaces an item's tags; ids of unknown articles are dropped. */
    @Transactional
    public void set(String itemType, long itemId, Collection<Long> articleIds) {
        rows.deleteItem(itemType, itemId);
        rows.flush();
        Set<Long> known = taxonomy.articles(Set.copyOf(articleIds)).stream()
                .map(ArticleRef::id)
                .collect(Collectors.toSet());
        known.forEach(id -> rows.save(new TagRow(itemType, itemId, id)));
    }

    public List<ArticleRef> of(String itemType, long itemId) {
        return taxonomy.articles(rows.forItem(itemType, itemId).stream()
                .map(t -> t.key().articleId())
                .toList());
    }

    /** Ids of the items of one type tagged with the article. */
    public List<Long> itemsTaggedWith(String itemType, long articleId) {
        return rows.itemsTaggedWithAny(itemType, List.of(articleId));
    }

    /** Items whose tags include any of the articles. */
    public List<Long> itemsTaggedWithAny(String itemType, Collection<Long> articleIds) {
        return articleIds.isEmpty() ? List.of() : rows.itemsTaggedWithAny(itemType, articleIds);
    }
}
