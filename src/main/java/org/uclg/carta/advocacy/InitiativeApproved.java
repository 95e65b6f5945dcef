package org.uclg.carta.advocacy;

/** Editors approved a collective initiative; it is public from now on. */
public record InitiativeApproved(long initiativeId) {}
