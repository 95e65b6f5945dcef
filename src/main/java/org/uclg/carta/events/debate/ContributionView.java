package org.uclg.carta.events.debate;

import java.time.Instant;

/** A contribution as the debate page and the API show it; a hidden one shows its reason instead of its text. */
public record ContributionView(
        long id,
        long debateId,
        Long parentId,
        String author,
        String authorName,
        Long localGovernmentId,
        String language,
        String body,
        Instant createdAt,
        Instant editedAt,
        String hiddenReason,
        Instant hiddenAt) {

    public boolean hidden() {
        return hiddenAt != null;
    }
}
