package org.uclg.carta.advocacy.initiative;

import java.time.Instant;

import org.uclg.carta.kit.i18n.TranslatableText;

/** News from the coordinator; a public one also shows on the initiative's public page. */
public record InitiativeUpdate(
        long id,
        long initiativeId,
        TranslatableText title,
        TranslatableText body,
        boolean isPublic,
        Instant postedAt) {}
