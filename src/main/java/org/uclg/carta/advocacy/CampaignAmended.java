package org.uclg.carta.advocacy;

/** The statement changed after endorsements or signatures existed, as a new version endorsers are told about. */
public record CampaignAmended(long campaignId, int statementVersion) {}
