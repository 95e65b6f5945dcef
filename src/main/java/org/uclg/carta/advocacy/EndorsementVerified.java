package org.uclg.carta.advocacy;

/** An editor verified a local government's endorsement; it counts publicly from now on. */
public record EndorsementVerified(long campaignId, long endorsementId, long localGovernmentId) {}
