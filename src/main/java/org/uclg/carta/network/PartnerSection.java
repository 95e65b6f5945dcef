package org.uclg.carta.network;

import java.util.List;

import org.uclg.carta.kit.i18n.TranslatableText;
import org.uclg.carta.kit.security.Actor;

/**
 * A section that another module adds to each partner's page: agreements, focal points, events
 * organised together, campaigns, joint submissions… Sections with no items are not shown.
 */
public interface PartnerSection {

    /** Message key of the section heading. */
    String titleKey();

    /** What this viewer may see; most sections show the same to everyone. */
    List<Item> items(long partnerId, Actor viewer);

    /** What the partners overview shows under the partner (active agreements), public only. */
    default List<Item> overview(long partnerId) {
        return List.of();
    }

    /** Buttons for this viewer (an editor's manage link), shown under the heading. */
    default List<Item> actions(long partnerId, Actor viewer) {
        return List.of();
    }

    /**
     * @param path the item's page after the language prefix, a {@code mailto:} link, or null
     * @param note a short line under the title (kind, dates, role), possibly empty
     */
    record Item(TranslatableText title, String path, TranslatableText note) {

        public Item(TranslatableText title, String path) {
            this(title, path, TranslatableText.empty());
        }

        public boolean sitePath() {
            return path != null && path.startsWith("/");
        }
    }

    /** A section as the page shows it. */
    record Shown(String titleKey, List<Item> items) {}
}
