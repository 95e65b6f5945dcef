package org.uclg.carta.taxonomy;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "taxonomy_tag")
class TagRow {

    @EmbeddedId
    private Key key;

    protected TagRow() {}

    TagRow(String itemType, Long itemId, Long articleId) {
        this.key = new Key(itemType, itemId, articleId);
    }

    Key key() {
        return key;
    }

    @Embeddable
    static class Key implements Serializable {
        private String itemType;
        private Long itemId;
        private Long articleId;

        protected Key() {}

        Key(String itemType, Long itemId, Long articleId) {
            this.itemType = itemType;
            this.itemId = itemId;
            this.articleId = articleId;
        }

        String itemType() {
            return itemType;
        }

        Long itemId() {
            return itemId;
        }

        Long articleId() {
            return articleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(itemType, k.itemType)
                    && Objects.equals(itemId, k.itemId)
                    && Objects.equals(articleId, k.articleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemType, itemId, articleId);
        }
    }
}
