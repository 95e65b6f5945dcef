package org.uclg.carta.events.proposals;

import java.util.Set;

import org.uclg.carta.events.forum.SessionFormat;

/** A proposal as its form gives it, written in one language. */
public record ProposalData(
        String title,
        String summary,
        SessionFormat format,
        Long trackId,
        String language,
        String speakers,
        Long localGovernmentId,
        Set<Long> articleIds) {}
