package org.uclg.carta.advocacy;

/** A campaign opened to endorsements and signatures (approved, or opened by the secretariat). */
public record CampaignOpened(long campaignId) {}
