package org.uclg.carta.newsletter;

/** A newsletter issue has gone to every confirmed subscriber and joined the public archive. */
public record IssueSent(long issueId) {}
