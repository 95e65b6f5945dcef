package org.uclg.carta.library.search;

import java.time.Instant;

/**
 * An admin asked for the search index to be rebuilt. Kept in the event registry until the rebuild
 * has finished, so a stop midway starts it again at the next start.
 */
public record IndexRebuildRequested(Instant requestedAt) {}
