package org.uclg.carta.advocacy;

/** A local government withdrew its endorsement (kept on record with its date). */
public record EndorsementWithdrawn(long campaignId, long endorsementId, long localGovernmentId) {}
