package org.uclg.carta.advocacy;

/** A short news post on a campaign. */
public record CampaignUpdatePosted(long campaignId, long updateId) {}
