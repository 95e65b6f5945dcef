package org.uclg.carta.notifications.inbox;

import java.time.Instant;

import org.uclg.carta.kit.i18n.TranslatableText;

/**
 * A notice as its owner sees it.
 *
 * @param detail who it is about when the title does not say (a local government's name), or empty
 * @param path the item's page after the language prefix
 */
public record NoticeView(
        long id,
        NoticeKind kind,
        TranslatableText title,
        String detail,
        String path,
        Instant createdAt,
        Instant readAt,
        boolean mandatory) {

    public boolean unread() {
        return readAt == null;
    }
}
