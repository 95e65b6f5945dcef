package org.uclg.carta.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final List<TaggedItemSource> sources;

    Tags(TagRows rows, Taxonomy taxonomy, List<TaggedItemSource> sources) {
        this.rows = rows;
        this.taxonomy = taxonomy;
        this.sources = sources;
    }

    /** Replaces an item's tags; ids of unknown articles are dropped. */
    @Transactional
    public void set(String itemType, long itemId, Collection<Long> articleIds) {
        rows.deleteItem(itemType, itemId);
        rows.flush();
        Set<Long> known = taxonomy.articles(Set.copyOf(articleIds)).stream().map(ArticleRef::id)
                .collect(Collectors.toSet());
        known.forEach(id -> rows.save(new TagRow(itemType, itemId, id)));
    }

    public List<ArticleRef> of(String itemType, long itemId) {
        return taxonomy.articles(rows.forItem(itemType, itemId).stream().map(t -> t.key().articleId()).toList());
    }

    /** Items whose tags include any of the articles. */
    public List<Long> itemsTaggedWithAny(String itemType, Collection<Long> articleIds) {
        return articleIds.isEmpty() ? List.of() : rows.itemsTaggedWithAny(itemType, articleIds);
    }

    /** Everything the public may see that is tagged with the article, grouped by kind of item. */
    public Map<String, List<TaggedItem>> publicItemsTaggedWith(long articleId) {
        Map<String, List<Long>> idsByType = rows.forArticle(articleId).stream()
                .collect(Collectors.groupingBy(t -> t.key().itemType(),
                        Collectors.mapping(t -> t.key().itemId(), Collectors.toList())));
        Map<String, List<TaggedItem>> result = new LinkedHashMap<>();
        for (TaggedItemSource source : sources) {
            List<Long> ids = idsByType.get(source.itemType());
            if (ids != null) {
                List<TaggedItem> items = new ArrayList<>(source.publicItems(ids));
                if (!items.isEmpty()) {
                    result.put(source.itemType(), items);
                }
            }
        }
        return result;
    }
}
