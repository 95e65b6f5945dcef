package org.uclg.carta.advocacy;

/** The coordinator posted an update to an initiative's members. */
public record InitiativeUpdatePosted(long initiativeId, long updateId) {}
