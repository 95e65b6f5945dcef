package org.uclg.carta.advocacy;

/**
 * The coordinator posted an update to an initiative's members.
 *
 * @param shownPublicly whether the update is also on the public page (followers hear of it then)
 */
public record InitiativeUpdatePosted(long initiativeId, long updateId, boolean shownPublicly) {}
