package org.uclg.carta.newsletter.issue;

import java.time.Instant;
import java.util.List;

import org.uclg.carta.kit.i18n.TranslatableText;

/** What an issue's live blocks hold: taken from the modules for a preview, frozen when sending starts. */
public record Blocks(List<Item> resources, List<Item> events) {

    /** An item of a block; when is the event's start, or null for a resource. */
    public record Item(TranslatableText title, String path, Instant when) {}

    public static Blocks none() {
        return new Blocks(List.of(), List.of());
    }

    public boolean isEmpty() {
        return resources.isEmpty() && events.isEmpty();
    }
}
