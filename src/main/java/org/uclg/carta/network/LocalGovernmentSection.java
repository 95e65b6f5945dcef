package org.uclg.carta.network;

import java.util.List;

import org.uclg.carta.kit.i18n.TranslatableText;

/**
 * A section that another module adds to each local government's page (its resources, its
 * charter commitments…). Sections with no items are not shown.
 */
public interface LocalGovernmentSection {

    /** Message key of the section heading. */
    String titleKey();

    List<Item> publicItems(long localGovernmentId);

    /** @param path the item's page after the language prefix */
    record Item(TranslatableText title, String path) {}

    /** A section as the page shows it. */
    record Shown(String titleKey, List<Item> items) {}
}
