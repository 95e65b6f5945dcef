package org.uclg.carta.kit.content;

/** Where an item stands in the publication workflow. */
public enum PublicationState {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    RETURNED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
