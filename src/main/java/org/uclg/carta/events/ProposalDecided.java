package org.uclg.carta.events;

/** The secretariat accepted or rejected a Forum proposal; the proposer is told in their language. */
public record ProposalDecided(long proposalId, boolean accepted) {}
