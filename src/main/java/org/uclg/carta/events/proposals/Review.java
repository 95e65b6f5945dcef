package org.uclg.carta.events.proposals;

import java.time.Instant;

/** A reviewer's score (1 to 5) and comment on a proposal. */
public record Review(String reviewer, int score, String comment, Instant at) {}
