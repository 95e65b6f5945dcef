package org.uclg.carta.events.proposals;

import java.time.Instant;
import java.util.Set;

/** A proposal as its proposer, its reviewers and the secretariat see it. */
public record ProposalView(
        long id,
        long eventId,
        String title,
        String summary,
        String format,
        Long trackId,
        String language,
        String speakers,
        String proposer,
        String proposerName,
        String mailLanguage,
        Long localGovernmentId,
        String state,
        Long sessionId,
        Instant createdAt,
        Instant decidedAt,
        Set<Long> articleIds) {

    public String path() {
        return "/forum/proposals/" + id;
    }

    public boolean decided() {
        return !state.equals("SUBMITTED");
    }
}
