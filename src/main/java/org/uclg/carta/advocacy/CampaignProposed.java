package org.uclg.carta.advocacy;

/** A member local government proposed a campaign; editors approve or decline it. */
public record CampaignProposed(long campaignId, long localGovernmentId) {}
